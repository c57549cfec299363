package jp.renkei.portal.roundtable.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.roundtable.control.SectorCoverage;
import org.junit.jupiter.api.Test;

class RoundtableRulesTest {

  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private static RoundtableMember member(long id, Sector sector, LocalDate from, LocalDate to) {
    RoundtableMember m =
        new RoundtableMember(
            1, new RoundtableMember.Appointment("委員" + id, "所属", sector, from, to, null));
    try {
      Field field = RoundtableMember.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(m, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  @Test
  void coverageCountsOnlyMembersInOfficeAndOnlyNamedSectors() {
    List<RoundtableMember> members =
        List.of(
            member(1, Sector.UNIVERSITY, APRIL, APRIL.plusYears(2)),
            member(2, Sector.WELFARE, APRIL.minusYears(2), APRIL.minusDays(1)),
            member(3, Sector.OTHER, APRIL, APRIL.plusYears(2)));
    SectorCoverage coverage = SectorCoverage.on(NOW.toLocalDate(), members);
    assertEquals(Set.of(Sector.UNIVERSITY), coverage.covered());
    assertTrue(coverage.missing().contains(Sector.WELFARE), "a former member does not count");
    assertEquals(8, coverage.missing().size());
    assertEquals(9, coverage.named().size());
  }

  @Test
  void aTermEndsAfterItStartsAndIsNeverExtended() {
    assertThrows(
        RoundtableRefused.class,
        () ->
            new RoundtableMember(
                1,
                new RoundtableMember.Appointment(
                    "名", "所属", Sector.FINANCE, APRIL, APRIL.minusDays(1), null)));
    RoundtableMember m = member(1, Sector.FINANCE, APRIL, APRIL.plusYears(2));
    RoundtableRefused later =
        assertThrows(RoundtableRefused.class, () -> m.endTerm(APRIL.plusYears(3)));
    assertEquals("roundtable.error.term-end-later", later.messageKey());
    m.endTerm(APRIL.plusMonths(6));
    assertEquals(APRIL.plusMonths(6), m.termEnd());
  }

  @Test
  void attendanceAndMinutesWaitForTheMeetingAndStopAtPublication() {
    RoundtableMeeting future =
        new RoundtableMeeting(1, "第2回", NOW.plusDays(3), "青森市役所", "議題", "aomori-mayor");
    assertThrows(RoundtableRefused.class, () -> future.writeMinutes("議事録", NOW));
    RoundtableMeeting held =
        new RoundtableMeeting(1, "第1回", NOW.minusDays(3), "青森市役所", "議題", "aomori-mayor");
    RoundtableMember former = member(9, Sector.MEDICAL, APRIL.minusYears(2), APRIL.minusDays(1));
    RoundtableRefused notInTerm =
        assertThrows(RoundtableRefused.class, () -> held.recordAttendance(Set.of(former), NOW));
    assertEquals("roundtable.error.not-in-term", notInTerm.messageKey());
    held.recordAttendance(Set.of(member(1, Sector.UNIVERSITY, APRIL, APRIL.plusYears(2))), NOW);
    assertThrows(RoundtableRefused.class, () -> held.publishMinutes(NOW));
    held.writeMinutes("議事録", NOW);
    held.publishMinutes(NOW);
    assertThrows(RoundtableRefused.class, () -> held.writeMinutes("書き換え", NOW));
    assertThrows(RoundtableRefused.class, () -> held.publishMinutes(NOW));
    assertEquals("議事録", held.minutes());
  }

  @Test
  void preparedMinutesMayStillBeCorrectedAndArePublishedOnceAtTheirTime() {
    RoundtableMeeting held =
        new RoundtableMeeting(1, "第1回", NOW.minusDays(3), "青森市役所", "議題", "aomori-mayor");
    assertEquals(
        "roundtable.error.minutes-required",
        assertThrows(
                RoundtableRefused.class,
                () -> held.scheduleMinutesPublication(NOW.plusDays(1), NOW))
            .messageKey());
    held.writeMinutes("議事録", NOW);
    assertEquals(
        "publication.error.time-past",
        assertThrows(
                RoundtableRefused.class,
                () -> held.scheduleMinutesPublication(NOW.minusMinutes(1), NOW))
            .messageKey());
    held.scheduleMinutesPublication(NOW.plusDays(1), NOW);
    assertTrue(held.isScheduled());
    held.writeMinutes("議事録（訂正）", NOW.plusHours(1));
    assertFalse(held.isPublished());
    held.publishMinutes(NOW.plusDays(1));
    assertFalse(held.isScheduled());
    assertEquals("議事録（訂正）", held.minutes());
    assertEquals(
        "publication.error.not-scheduled",
        assertThrows(RoundtableRefused.class, held::withdrawScheduledPublication).messageKey());
  }
}
