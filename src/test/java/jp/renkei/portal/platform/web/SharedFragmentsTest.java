package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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

  @Test
  void worksOutAValueOnceAndKeepsItByTheSameRules() {
    SharedFragments fragments = new SharedFragments(clock, 10);
    AtomicInteger workedOut = new AtomicInteger();
    Supplier<List<String>> sections =
        () -> {
          workedOut.incrementAndGet();
          return List.of("future", "kpis");
        };

    assertEquals(List.of("future", "kpis"), fragments.kept("vision/2/5/ja/sections", sections));
    clock.advance(Duration.ofSeconds(59));
    assertEquals(List.of("future", "kpis"), fragments.kept("vision/2/5/ja/sections", sections));
    assertEquals(1, workedOut.get(), "worked out once while kept");
    assertNull(fragments.get("vision/2/5/ja/sections"), "a value is not markup");

    clock.advance(Duration.ofSeconds(1));
    fragments.kept("vision/2/5/ja/sections", sections);
    assertEquals(2, workedOut.get(), "worked out again when a minute old");
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
