package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SharedFragmentsTest {

  private final MovableClock clock = new MovableClock();

  @Test
  void keepsMarkupUnderItsKeyUntilItIsAMinuteOld() {
    SharedFragments fragments = new SharedFragments(clock, 10);
    fragments.put("agreement/text/1/0/1/3/1/1/ja/2026-12-02", "<h1>協約</h1>");

    clock.advance(Duration.ofSeconds(59));
    assertEquals("<h1>協約</h1>", fragments.get("agreement/text/1/0/1/3/1/1/ja/2026-12-02"));
    assertNull(fragments.get("agreement/text/1/0/1/4/1/1/ja/2026-12-02"), "another lock version");

    clock.advance(Duration.ofSeconds(1));
    assertNull(fragments.get("agreement/text/1/0/1/3/1/1/ja/2026-12-02"), "sixty seconds old");
    assertEquals(0, fragments.size(), "and forgotten");
  }

  @Test
  void forgetsTheLeastRecentlyReadBeyondItsCapacity() {
    SharedFragments fragments = new SharedFragments(clock, 2);
    fragments.put("a", "A");
    fragments.put("b", "B");
    fragments.get("a");
    fragments.put("c", "C");

    assertEquals("A", fragments.get("a"));
    assertNull(fragments.get("b"), "the least recently read went");
    assertEquals("C", fragments.get("c"));
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-02T03:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
