package jp.renkei.portal.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.consultation.control.Cadence.CadenceRow;
import jp.renkei.portal.consultation.entity.Choices;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.SlotProposal;
import org.junit.jupiter.api.Test;

class CadenceTest {

  private static final String HIRANAI = "023035";
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  /** A consultation with HIRANAI confirmed for the given time (proposed a year before it). */
  private static Consultation confirmedOn(LocalDateTime start) {
    Consultation c =
        new Consultation(
            1,
            "定期協議",
            null,
            List.of(HIRANAI),
            List.of(new SlotProposal(start, start.plusHours(1), "青森市役所", null)),
            "aomori-mayor",
            start.minusYears(1));
    ConsultationSlot slot = c.slots().get(0);
    setId(slot, 1);
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", start.minusYears(1));
    c.confirm(1);
    return c;
  }

  @Test
  void neverConsultedAndNothingConfirmedIsOverdue() {
    CadenceRow row = Cadence.of(HIRANAI, null, List.of(), NOW);
    assertTrue(row.overdue());
    assertNull(row.due());
    assertEquals(Cadence.DEFAULT_MONTHS, row.intervalMonths());
    assertFalse(row.fromAgreement());
  }

  @Test
  void theAgreementsIntervalSetsTheDueDate() {
    CadenceRow row = Cadence.of(HIRANAI, 6, List.of(confirmedOn(NOW.minusMonths(5))), NOW);
    assertFalse(row.overdue());
    assertEquals(NOW.minusMonths(5).toLocalDate().plusMonths(6), row.due());
    assertTrue(row.fromAgreement());
  }

  @Test
  void pastTheIntervalWithNothingAheadIsOverdue() {
    CadenceRow row = Cadence.of(HIRANAI, 6, List.of(confirmedOn(NOW.minusMonths(7))), NOW);
    assertTrue(row.overdue());
  }

  @Test
  void aConfirmedNextConsultationBeforeTheDueDateKeepsItOnTrack() {
    List<Consultation> both =
        List.of(confirmedOn(NOW.minusMonths(11)), confirmedOn(NOW.plusDays(10)));
    CadenceRow row = Cadence.of(HIRANAI, null, both, NOW);
    assertFalse(row.overdue());
    assertEquals(NOW.plusDays(10), row.next());
    assertEquals(NOW.minusMonths(11), row.last());
  }

  @Test
  void aNextConsultationAfterTheDueDateDoesNotHideThatItIsLate() {
    List<Consultation> both =
        List.of(confirmedOn(NOW.minusMonths(13)), confirmedOn(NOW.plusMonths(1)));
    CadenceRow row = Cadence.of(HIRANAI, 12, both, NOW);
    assertTrue(row.overdue());
    assertEquals(LocalDate.from(NOW.minusMonths(13)).plusMonths(12), row.due());
  }

  @Test
  void anotherPartnersConsultationsDoNotCount() {
    CadenceRow row = Cadence.of("023043", 12, List.of(confirmedOn(NOW.minusMonths(1))), NOW);
    assertNull(row.last());
    assertTrue(row.overdue());
  }

  private static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
