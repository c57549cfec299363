package jp.renkei.portal.platform.security;

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
  void aTokenIssuedInTheSecondOfTheRemovalOrLaterStillCounts() {
    // Tokens carry whole seconds: signed in again within that second, not sent to sign in twice.
    assertFalse(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T02:00:00Z")));
    assertFalse(AccessRevocations.countsAfter(REMOVED, Instant.parse("2026-12-03T02:05:00Z")));
  }
}
