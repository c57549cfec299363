package jp.renkei.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessRevocationsTest {

  private static final Instant REMOVED = Instant.parse("2026-12-03T02:00:00.400Z");

  @Test
  void aTokenIssuedBeforeTheRemovalNoLongerCounts() {
    assertTrue(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T01:59:59Z")));
  }

  @Test
  void aTokenIssuedInTheSecondOfTheRemovalMayBeOlderAndNoLongerCounts() {
    // Tokens carry whole seconds: one stamped 02:00:00 may have been issued at 02:00:00.100.
    assertTrue(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T02:00:00Z")));
  }

  @Test
  void aTokenIssuedInALaterSecondStillCounts() {
    assertFalse(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T02:00:01Z")));
    assertFalse(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T02:05:00Z")));
  }

  @Test
  void aNewTokenCountsFromTheNextWholeSecond() {
    Instant from = AccessRevocations.newTokenFrom(REMOVED);
    assertEquals(Instant.parse("2026-12-03T02:00:01Z"), from);
    assertFalse(AccessRevocations.countsAfter(REMOVED, from), "no second round of signing in");
  }
}
