package jp.renkei.portal.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private final ChangeCursor cursor = new ChangeCursor(100, Duration.ofMinutes(10));

  @Test
  void rowsInTheirOrderMoveEverythingOn() {
    cursor.applied(101, 0);
    cursor.applied(102, 0);

    assertEquals(102, cursor.frontier());
    assertEquals(102, cursor.settled());
    assertEquals(List.of(), cursor.gaps(10));
  }

  @Test
  void aRowCommittedBeforeAnEarlierNumberLeavesThatNumberToLookFor() {
    cursor.applied(103, 0);

    assertEquals(103, cursor.frontier(), "new rows are read after 103");
    assertEquals(List.of(101L, 102L), cursor.gaps(10), "101 and 102 are looked for");
    assertEquals(100, cursor.settled(), "a restart reads again after 100");
  }

  @Test
  void aLateRowFillsItsGap() {
    cursor.applied(103, 0);

    cursor.applied(101, MINUTE);

    assertEquals(List.of(102L), cursor.gaps(10));
    assertEquals(101, cursor.settled());
    cursor.applied(102, 2 * MINUTE);
    assertEquals(103, cursor.settled());
  }

  @Test
  void aGapMissingLongerThanTheWaitIsGivenUpAndNoSooner() {
    cursor.applied(102, 0);

    assertEquals(0, cursor.expire(10 * MINUTE), "ten minutes: still looked for");
    assertEquals(100, cursor.settled());
    assertEquals(1, cursor.expire(10 * MINUTE + 1));
    assertEquals(102, cursor.settled(), "a rolled-back number does not hold the index back");
  }

  @Test
  void gapsComeOldestFirstAndAsManyAsAsked() {
    cursor.applied(105, 0);

    assertEquals(List.of(101L, 102L), cursor.gaps(2));
  }

  @Test
  void withMoreGapsThanARoundLooksForEachIsLookedForInTurn() {
    cursor.applied(106, 0);

    assertEquals(List.of(101L, 102L), cursor.gaps(2));
    assertEquals(List.of(103L, 104L), cursor.gaps(2));
    assertEquals(List.of(105L, 101L), cursor.gaps(2), "round again after the youngest");
    cursor.applied(102, MINUTE);
    assertEquals(List.of(103L, 104L), cursor.gaps(2), "a filled gap is no longer asked for");
    assertEquals(List.of(101L, 103L, 104L, 105L), cursor.gaps(10), "all of them fit: in order");
    assertEquals(List.of(101L, 103L), cursor.gaps(2), "and from the oldest again");
  }

  @Test
  void aSequenceThatMovedFarAheadIsNotAGapToWaitFor() {
    cursor.applied(100 + ChangeCursor.MAX_GAP + 2, 0);

    assertEquals(List.of(), cursor.gaps(10));
    assertEquals(100 + ChangeCursor.MAX_GAP + 2, cursor.settled());
  }

  @Test
  void aRowAppliedTwiceChangesNothing() {
    cursor.applied(101, 0);
    cursor.applied(101, 0);

    assertEquals(101, cursor.settled());
    assertEquals(List.of(), cursor.gaps(10));
  }
}
