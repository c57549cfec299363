package jp.renkei.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Final minutes may be prepared for a publication time (issue 14, item 7): later than now, within a
 * year, changed or withdrawn until then, due from that time on and never before.
 */
class MinutesPublicationTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
  private static final Set<String> PARTIES = Set.of("022012", "023035");

  private static Minutes finalMinutes() {
    Minutes minutes = Ids.assign(new Minutes(1, "議事の概要", "aomori-mayor", NOW), 1);
    minutes.circulate(true, NOW);
    PARTIES.forEach(p -> minutes.approve(p, PARTIES, List.of(), p, NOW));
    return minutes;
  }

  @Test
  void preparedMinutesAreDueAtTheirTimeAndNotASecondBefore() {
    Minutes minutes = finalMinutes();
    LocalDateTime at = NOW.plusDays(1);
    minutes.schedulePublication(at, NOW);
    assertTrue(minutes.isScheduled());
    assertFalse(minutes.isPublished());
    assertFalse(minutes.isDue(at.minusSeconds(1)));
    assertTrue(minutes.isDue(at));
    minutes.publish(at);
    assertTrue(minutes.isPublished());
    assertFalse(minutes.isScheduled());
    assertFalse(minutes.isDue(at.plusDays(1)), "published once");
  }

  @Test
  void theTimeMustBeLaterAndWithinAYear() {
    Minutes minutes = finalMinutes();
    assertEquals(
        "publication.error.time-past",
        assertThrows(ConsultationRefused.class, () -> minutes.schedulePublication(NOW, NOW))
            .messageKey());
    assertEquals(
        "publication.error.too-far",
        assertThrows(
                ConsultationRefused.class,
                () -> minutes.schedulePublication(NOW.plusYears(1).plusMinutes(1), NOW))
            .messageKey());
    assertEquals(
        "publication.error.date-required",
        assertThrows(ConsultationRefused.class, () -> minutes.schedulePublication(null, NOW))
            .messageKey());
    assertFalse(minutes.isScheduled(), "nothing changed");
  }

  @Test
  void onlyFinalUnpublishedMinutesArePrepared() {
    Minutes draft = Ids.assign(new Minutes(1, "下書き", "aomori-mayor", NOW), 2);
    assertEquals(
        "minutes.error.not-final",
        assertThrows(
                ConsultationRefused.class, () -> draft.schedulePublication(NOW.plusDays(1), NOW))
            .messageKey());
    Minutes published = finalMinutes();
    published.publish(NOW);
    assertEquals(
        "minutes.error.already-published",
        assertThrows(
                ConsultationRefused.class,
                () -> published.schedulePublication(NOW.plusDays(1), NOW))
            .messageKey());
  }

  @Test
  void aWithdrawnPreparationIsNeverDueAndCannotBeWithdrawnTwice() {
    Minutes minutes = finalMinutes();
    minutes.schedulePublication(NOW.plusDays(1), NOW);
    minutes.withdrawScheduledPublication();
    assertFalse(minutes.isDue(NOW.plusDays(2)));
    assertEquals(
        "publication.error.not-scheduled",
        assertThrows(ConsultationRefused.class, minutes::withdrawScheduledPublication)
            .messageKey());
  }

  @Test
  void preparedMinutesAreNotCorrectedUntilTheTimeIsWithdrawn() {
    Minutes minutes = finalMinutes();
    minutes.schedulePublication(NOW.plusDays(1), NOW);
    assertEquals(
        "minutes.error.correction-scheduled",
        assertThrows(ConsultationRefused.class, () -> minutes.correction("aomori-mayor", NOW))
            .messageKey());
    minutes.withdrawScheduledPublication();
    assertEquals("議事の概要", minutes.correction("aomori-mayor", NOW).body());
  }
}
