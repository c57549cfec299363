package jp.renkei.portal.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderDaysTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 18);
  private static final List<Integer> ROUND = List.of(7, 3, 1);

  private static ReminderDays checkedOnly(int day) {
    return ReminderDays.only(LocalDate.of(2026, 12, day));
  }

  private static ReminderDays missed(int fromDay, int today) {
    return new ReminderDays(LocalDate.of(2026, 12, fromDay), LocalDate.of(2026, 12, today));
  }

  @Test
  void runningEveryDayEachReminderFallsOnItsOwnDayOnly() {
    assertEquals(OptionalInt.empty(), checkedOnly(10).slot(DEADLINE, ROUND), "eight days before");
    assertEquals(OptionalInt.of(7), checkedOnly(11).slot(DEADLINE, ROUND));
    assertEquals(OptionalInt.empty(), checkedOnly(12).slot(DEADLINE, ROUND));
    assertEquals(OptionalInt.of(3), checkedOnly(15).slot(DEADLINE, ROUND));
    assertEquals(OptionalInt.of(1), checkedOnly(17).slot(DEADLINE, ROUND));
    assertEquals(OptionalInt.empty(), checkedOnly(18).slot(DEADLINE, ROUND), "the deadline");
    assertEquals(OptionalInt.empty(), checkedOnly(19).slot(DEADLINE, ROUND), "past it");
  }

  @Test
  void aDayNobodyCheckedIsCaughtUpWhileTheDeadlineIsAhead() {
    assertEquals(OptionalInt.of(7), missed(11, 13).slot(DEADLINE, ROUND), "the 11th was missed");
    assertEquals(OptionalInt.empty(), missed(12, 13).slot(DEADLINE, ROUND), "the 11th was checked");
  }

  @Test
  void ofSeveralMissedRemindersOnlyTheLatestIsSent() {
    assertEquals(OptionalInt.of(3), missed(9, 16).slot(DEADLINE, ROUND));
    assertEquals(OptionalInt.empty(), missed(9, 18).slot(DEADLINE, ROUND), "the deadline came");
  }

  @Test
  void aReminderOnTheDayItselfIsSentOnThatDayOnly() {
    List<Integer> actionItem = List.of(3, 0);
    assertEquals(OptionalInt.of(0), checkedOnly(18).slot(DEADLINE, actionItem));
    assertEquals(OptionalInt.of(3), missed(14, 17).slot(DEADLINE, actionItem));
    assertEquals(OptionalInt.empty(), missed(14, 19).slot(DEADLINE, actionItem), "past it");
    assertTrue(checkedOnly(15).isDue(DEADLINE, 3));
    assertFalse(checkedOnly(14).isDue(DEADLINE, 3), "four days before");
  }

  @Test
  void theFirstDayCannotComeAfterToday() {
    assertThrows(IllegalArgumentException.class, () -> missed(12, 11));
  }
}
