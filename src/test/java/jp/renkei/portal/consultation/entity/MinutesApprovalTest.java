package jp.renkei.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The minutes are final only when every party approved the same text. */
class MinutesApprovalTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
  private static final String AOMORI = "022012";
  private static final String HIRANAI = "023035";
  private static final String IMABETSU = "023043";
  private static final Set<String> PARTIES = Set.of(AOMORI, HIRANAI, IMABETSU);

  private static Minutes circulated() {
    Minutes minutes = Ids.assign(new Minutes(1, "議事の概要", "aomori-mayor", NOW), 1);
    minutes.circulate(true, NOW);
    return minutes;
  }

  @Test
  void finalOnlyWhenEveryPartyApproved() {
    Minutes minutes = circulated();
    minutes.approve(AOMORI, PARTIES, List.of(), "aomori-mayor", NOW);
    minutes.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW);
    assertFalse(minutes.isFinal());
    minutes.approve(IMABETSU, PARTIES, List.of(), "imabetsu-staff", NOW);
    assertTrue(minutes.isFinal());
    assertEquals(NOW, minutes.finalAt());
  }

  @Test
  void approvingTwiceIsRefused() {
    Minutes minutes = circulated();
    minutes.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW);
    ConsultationRefused refused =
        assertThrows(
            ConsultationRefused.class,
            () -> minutes.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW));
    assertEquals("minutes.error.already-approved", refused.messageKey());
    assertEquals(1, minutes.approvals().size());
  }

  @Test
  void aRevisionClearsEveryApproval() {
    Minutes minutes = circulated();
    minutes.approve(AOMORI, PARTIES, List.of(), "aomori-mayor", NOW);
    minutes.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW);
    minutes.revise("議事の概要（修正）", "aomori-mayor", NOW);
    assertEquals(2, minutes.revision());
    assertFalse(minutes.approvedBy(AOMORI));
    assertFalse(minutes.approvedBy(HIRANAI));
    minutes.approve(IMABETSU, PARTIES, List.of(), "imabetsu-staff", NOW);
    assertFalse(minutes.isFinal(), "approvals of the old text must not count");
  }

  @Test
  void savingTheSameTextIsNoRevision() {
    Minutes minutes = circulated();
    minutes.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW);
    minutes.revise("議事の概要", "aomori-mayor", NOW);
    assertEquals(1, minutes.revision());
    assertTrue(minutes.approvedBy(HIRANAI));
  }

  @Test
  void finalMinutesNeverChange() {
    Minutes minutes = circulated();
    PARTIES.forEach(p -> minutes.approve(p, PARTIES, List.of(), p, NOW));
    ConsultationRefused refused =
        assertThrows(ConsultationRefused.class, () -> minutes.revise("別の内容", "aomori-mayor", NOW));
    assertEquals("minutes.error.final", refused.messageKey());
    assertEquals("議事の概要", minutes.body());
    assertThrows(
        ConsultationRefused.class,
        () -> minutes.approve(AOMORI, PARTIES, List.of(), "aomori-mayor", NOW));
  }

  @Test
  void aCorrectionIsANewRecordNamingTheFinalOne() {
    Minutes minutes = circulated();
    PARTIES.forEach(p -> minutes.approve(p, PARTIES, List.of(), p, NOW));
    Minutes correction = minutes.correction("aomori-mayor", NOW);
    assertEquals(1L, correction.correctsId().orElseThrow());
    assertEquals(MinutesStatus.DRAFT, correction.status());
    assertTrue(minutes.isFinal());
  }

  @Test
  void onlyPartiesApproveAndOnlyWhenCirculated() {
    Minutes draft = Ids.assign(new Minutes(1, "本文", "aomori-mayor", NOW), 1);
    assertThrows(
        ConsultationRefused.class,
        () -> draft.approve(HIRANAI, PARTIES, List.of(), "hiranai-staff", NOW));
    Minutes minutes = circulated();
    assertThrows(
        ConsultationRefused.class,
        () -> minutes.approve("023051", PARTIES, List.of(), "someone", NOW));
  }

  @Test
  void publishedOnceAndOnlyWhenFinal() {
    Minutes minutes = circulated();
    assertThrows(ConsultationRefused.class, () -> minutes.publish(NOW));
    PARTIES.forEach(p -> minutes.approve(p, PARTIES, List.of(), p, NOW));
    minutes.publish(NOW);
    assertThrows(ConsultationRefused.class, () -> minutes.publish(NOW));
  }

  @Test
  void minutesAreCirculatedOnlyOnceTheMeetingHasTakenPlace() {
    Minutes draft = Ids.assign(new Minutes(1, "議事の概要", "aomori-mayor", NOW), 1);

    ConsultationRefused refused =
        assertThrows(ConsultationRefused.class, () -> draft.circulate(false, NOW));

    assertEquals("minutes.error.before-meeting", refused.messageKey());
    assertEquals(MinutesStatus.DRAFT, draft.status());
  }

  @Test
  void anOpenChangeRequestBlocksApprovalUntilANewRevisionAnswersIt() {
    Minutes minutes = circulated();
    List<MinutesComment> request =
        List.of(new MinutesComment(minutes, HIRANAI, "hiranai-staff", "時期を明記して", true, NOW));

    ConsultationRefused refused =
        assertThrows(
            ConsultationRefused.class,
            () -> minutes.approve(AOMORI, PARTIES, request, "aomori-mayor", NOW));
    assertEquals("minutes.error.change-requested", refused.messageKey());
    assertTrue(minutes.hasOpenChangeRequest(request));

    minutes.revise("議事の概要（令和9年3月まで）", "aomori-mayor", NOW);

    assertFalse(minutes.hasOpenChangeRequest(request), "the new revision answers it");
    minutes.approve(AOMORI, PARTIES, request, "aomori-mayor", NOW);
    assertTrue(minutes.approvedBy(AOMORI));
  }
}
