package jp.renkei.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
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
    assertThrows(
        ConsultationRefused.class, () -> c.answer("023051", Choices.working(c, 1L), "x", NOW));
  }

  @Test
  void answeringAgainReplacesTheAnswer() {
    Consultation c = proposed();
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
    c.answer(HIRANAI, Choices.working(c, 2L), "hiranai-staff", NOW);
    assertEquals(
        false,
        c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow().choice() == Availability.YES);
    assertEquals(
        true, c.slot(2).orElseThrow().answerOf(HIRANAI).orElseThrow().choice() == Availability.YES);
  }

  @Test
  void aTimeAddedLaterKeepsEveryAnswerGivenAndWaitsForItsOwn() {
    Consultation c = proposed();
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
    int sequence = c.icalSequence();

    ConsultationSlot added = c.addSlot(slot(3, "青森市役所 第2会議室"), NOW);

    assertEquals(3, c.slots().size());
    assertEquals(added, c.slots().get(1), "in time order: 1, 3, 8 December");
    assertTrue(
        c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow().choice() == Availability.YES,
        "kept");
    assertTrue(added.answerOf(HIRANAI).isEmpty(), "the new time waits for 平内町's answer");
    assertEquals(ConsultationStatus.SCHEDULING, c.status());
    assertEquals(sequence, c.icalSequence(), "nothing was rescheduled");
  }

  @Test
  void anOfficeAnswersEverySlotWithCircleTriangleOrCrossAndANote() {
    Consultation c = proposed();
    Map<Long, SlotChoice> partial = Map.of(1L, new SlotChoice(Availability.MAYBE, "午後なら可"));
    ConsultationRefused refused =
        assertThrows(ConsultationRefused.class, () -> c.answer(HIRANAI, partial, "x", NOW));
    assertEquals("consultation.error.answer-every-slot", refused.messageKey());
    assertTrue(c.slot(1).orElseThrow().answerOf(HIRANAI).isEmpty(), "nothing recorded");

    c.answer(
        HIRANAI,
        Map.of(
            1L, new SlotChoice(Availability.MAYBE, "  午後なら可 "),
            2L, new SlotChoice(Availability.NO, null)),
        "hiranai-staff",
        NOW);
    SlotAnswer maybe = c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow();
    assertEquals(Availability.MAYBE, maybe.choice());
    assertEquals("午後なら可", maybe.note());
    c.confirm(1); // △ is enough to confirm: the office said it could be arranged
    assertEquals(ConsultationStatus.CONFIRMED, c.status());
  }

  @Test
  void aNoteLongerThanTheLimitOrAMissingChoiceIsRefused() {
    assertEquals(
        "consultation.error.note-too-long",
        assertThrows(
                ConsultationRefused.class,
                () -> new SlotChoice(Availability.YES, "あ".repeat(SlotChoice.MAX_NOTE + 1)))
            .messageKey());
    assertEquals(
        "あ".repeat(SlotChoice.MAX_NOTE),
        new SlotChoice(Availability.YES, "あ".repeat(SlotChoice.MAX_NOTE)).note());
    assertEquals(
        "consultation.error.answer-every-slot",
        assertThrows(ConsultationRefused.class, () -> new SlotChoice(null, "x")).messageKey());
  }

  @Test
  void theBestSlotHasTheFewestCrossesThenTheMostCircles() {
    Consultation c = proposed();
    assertEquals(Set.of(), c.bestSlotIds(), "nothing is best before anybody answered");
    // 平内町: 1 ○, 2 △; 今別町: 1 ×, 2 ○ → slot 2 has no ×.
    c.answer(
        HIRANAI, Map.of(1L, choice(Availability.YES), 2L, choice(Availability.MAYBE)), "h", NOW);
    assertEquals(Set.of(1L), c.bestSlotIds(), "one ○ against one △");
    c.answer(IMABETSU, Map.of(1L, choice(Availability.NO), 2L, choice(Availability.YES)), "i", NOW);
    assertEquals(Set.of(2L), c.bestSlotIds(), "the slot nobody refused");
    assertEquals(1, c.slot(2).orElseThrow().count(Availability.YES));
    assertEquals(1, c.slot(2).orElseThrow().count(Availability.MAYBE));
    c.answer(HIRANAI, Map.of(1L, choice(Availability.YES), 2L, choice(Availability.NO)), "h", NOW);
    assertEquals(Set.of(1L, 2L), c.bestSlotIds(), "a tie is shown as a tie");
  }

  @Test
  void attendeesAnswerBesideTheirOfficeUnderTheirNames() {
    Consultation c = proposed();
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
    c.answerFor(HIRANAI, " 副町長 ", Choices.working(c, 2L), "hiranai-staff", NOW);
    c.answerFor(HIRANAI, "企画課長", Choices.working(c, 1L, 2L), "hiranai-staff", NOW);
    c.answerFor(HIRANAI, "副町長", Choices.working(c), "hiranai-staff", NOW);

    assertEquals(List.of("企画課長", "副町長"), c.attendeesOf(HIRANAI), "each once, in a stable order");
    assertEquals(
        Availability.NO,
        c.slot(2).orElseThrow().answerOf(HIRANAI, "副町長").orElseThrow().choice(),
        "the same name again replaces the answers");
    assertEquals(
        Availability.YES,
        c.slot(1).orElseThrow().answerOf(HIRANAI).orElseThrow().choice(),
        "the office's own answer is untouched");
    assertEquals(Set.of(1L), c.bestSlotIds(), "attendees inform; the offices' answers decide");
    assertEquals(
        "consultation.error.attendee-required",
        assertThrows(
                ConsultationRefused.class,
                () -> c.answerFor(HIRANAI, "  ", Choices.working(c, 1L), "x", NOW))
            .messageKey());
    assertEquals(
        "consultation.error.attendee-too-long",
        assertThrows(
                ConsultationRefused.class,
                () ->
                    c.answerFor(
                        HIRANAI,
                        "あ".repeat(Consultation.MAX_ATTENDEE + 1),
                        Choices.working(c, 1L),
                        "x",
                        NOW))
            .messageKey());
    assertThrows(
        ConsultationRefused.class,
        () -> c.answerFor("023051", "町長", Choices.working(c, 1L), "x", NOW),
        "only an invited municipality");
  }

  private static SlotChoice choice(Availability availability) {
    return new SlotChoice(availability, null);
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
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
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
    c.answer(HIRANAI, Choices.working(c, 1L), "hiranai-staff", NOW);
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
