package jp.renkei.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsultationSchedulingTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
  private static final String HIRANAI = "023035";
  private static final String IMABETSU = "023043";

  private static SlotProposal slot(int day, String place) {
    return new SlotProposal(
        LocalDateTime.of(2026, 12, day, 14, 0),
        LocalDateTime.of(2026, 12, day, 15, 30),
        place,
        null);
  }

  private static Consultation proposed() {
    return Ids.numberSlots(
        new Consultation(
            1,
            "定期協議",
            null,
            List.of(HIRANAI, IMABETSU),
            List.of(slot(8, "青森市役所"), slot(1, "平内町役場")),
            "aomori-mayor",
            NOW));
  }

  @Test
  void slotsAreKeptInTimeOrder() {
    Consultation c = proposed();
    assertEquals(1, c.slots().get(0).startsAt().getDayOfMonth());
  }

  @Test
  void aSlotNobodyMarkedCannotBeConfirmed() {
    Consultation c = proposed();
    c.answer(HIRANAI, Set.of(1L), "hiranai-staff", NOW);
    ConsultationRefused refused = assertThrows(ConsultationRefused.class, () -> c.confirm(2));
    assertEquals("consultation.error.slot-unmarked", refused.messageKey());
    assertEquals(ConsultationStatus.SCHEDULING, c.status());
    c.confirm(1);
    assertEquals(ConsultationStatus.CONFIRMED, c.status());
    assertEquals(1L, c.confirmedSlot().orElseThrow().id());
  }

  @Test
  void onlyInvitedMunicipalitiesAnswer() {
    Consultation c = proposed();
    assertThrows(ConsultationRefused.class, () -> c.answer("023051", Set.of(1L), "x", NOW));
  }

  @Test
  void answeringAgainReplacesTheAnswer() {
    Consultation c = proposed();
    c.answer(HIRANAI, Set.of(1L), "hiranai-staff", NOW);
    c.answer(HIRANAI, Set.of(2L), "hiranai-staff", NOW);
    assertEquals(false, c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow().available());
    assertEquals(true, c.slot(2).orElseThrow().answerOf(HIRANAI).orElseThrow().available());
  }

  @Test
  void aTimeAddedLaterKeepsEveryAnswerGivenAndWaitsForItsOwn() {
    Consultation c = proposed();
    c.answer(HIRANAI, Set.of(1L), "hiranai-staff", NOW);
    int sequence = c.icalSequence();

    ConsultationSlot added = c.addSlot(slot(3, "青森市役所 第2会議室"), NOW);

    assertEquals(3, c.slots().size());
    assertEquals(added, c.slots().get(1), "in time order: 1, 3, 8 December");
    assertTrue(c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow().available(), "kept");
    assertTrue(added.answerOf(HIRANAI).isEmpty(), "the new time waits for 平内町's answer");
    assertEquals(ConsultationStatus.SCHEDULING, c.status());
    assertEquals(sequence, c.icalSequence(), "nothing was rescheduled");
  }

  @Test
  void aTimeAlreadyOfferedInThePastOrAfterConfirmationIsNotAdded() {
    Consultation c = proposed();
    assertEquals(
        "consultation.error.slot-offered",
        assertThrows(ConsultationRefused.class, () -> c.addSlot(slot(8, "別の会議室"), NOW))
            .messageKey());
    assertThrows(
        ConsultationRefused.class,
        () ->
            c.addSlot(
                new SlotProposal(NOW.minusDays(1), NOW.minusDays(1).plusHours(1), "青森市役所", null),
                NOW));
    c.answer(HIRANAI, Set.of(1L), "hiranai-staff", NOW);
    c.confirm(1);
    assertEquals(
        "consultation.error.not-scheduling",
        assertThrows(ConsultationRefused.class, () -> c.addSlot(slot(20, "青森市役所"), NOW))
            .messageKey(),
        "after confirmation it is a reschedule");
    assertEquals(2, c.slots().size());
  }

  @Test
  void rescheduleNeedsAReasonAndStartsOver() {
    Consultation c = proposed();
    c.answer(HIRANAI, Set.of(1L), "hiranai-staff", NOW);
    c.confirm(1);
    int sequence = c.icalSequence();
    assertThrows(
        ConsultationRefused.class,
        () -> c.reschedule(List.of(slot(15, "青森市役所")), " ", "aomori-mayor", NOW));
    assertEquals(ConsultationStatus.CONFIRMED, c.status());
    c.reschedule(List.of(slot(15, "青森市役所")), "議会日程と重なったため", "aomori-mayor", NOW);
    assertEquals(ConsultationStatus.SCHEDULING, c.status());
    assertTrue(c.confirmedSlot().isEmpty());
    assertEquals(1, c.slots().size());
    assertTrue(c.icalSequence() > sequence);
    assertEquals("議会日程と重なったため", c.lastChange().orElseThrow().reason());
  }

  @Test
  void cancelledIsFinal() {
    Consultation c = proposed();
    c.cancel("台風のため", "aomori-mayor", NOW);
    assertEquals(ConsultationStatus.CANCELLED, c.status());
    assertThrows(ConsultationRefused.class, () -> c.cancel("again", "aomori-mayor", NOW));
    assertThrows(
        ConsultationRefused.class,
        () -> c.reschedule(List.of(slot(15, "x")), "r", "aomori-mayor", NOW));
  }

  @Test
  void slotsMustBeRealTimesAndPlaces() {
    assertRefused(
        "consultation.error.slot-in-past",
        new SlotProposal(NOW.minusDays(1), NOW.minusDays(1).plusHours(1), "x", null));
    assertRefused(
        "consultation.error.slot-ends-before-start",
        new SlotProposal(NOW.plusDays(1), NOW.plusDays(1).minusHours(1), "x", null));
    assertRefused(
        "consultation.error.slot-place-required",
        new SlotProposal(NOW.plusDays(1), NOW.plusDays(1).plusHours(1), " ", null));
    assertRefused(
        "consultation.error.slot-link-invalid",
        new SlotProposal(
            NOW.plusDays(1), NOW.plusDays(1).plusHours(1), null, "javascript:alert(1)"));
    assertRefused("consultation.error.slot-time-required", new SlotProposal(null, null, "x", null));
  }

  @Test
  void aConsultationNeedsATitleAPartnerAndASlot() {
    assertThrows(
        ConsultationRefused.class,
        () -> new Consultation(1, " ", null, List.of(HIRANAI), List.of(slot(1, "x")), "a", NOW));
    assertThrows(
        ConsultationRefused.class,
        () -> new Consultation(1, "t", null, List.of(), List.of(slot(1, "x")), "a", NOW));
    assertThrows(
        ConsultationRefused.class,
        () -> new Consultation(1, "t", null, List.of(HIRANAI), List.of(), "a", NOW));
  }

  private static void assertRefused(String key, SlotProposal proposal) {
    ConsultationRefused refused =
        assertThrows(
            ConsultationRefused.class,
            () -> new Consultation(1, "t", null, List.of(HIRANAI), List.of(proposal), "a", NOW));
    assertEquals(key, refused.messageKey());
  }
}
