package jp.renkei.portal.agreement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every step of an agreement version and every gate between them. */
class AgreementLifecycleTest {

  static final LocalDate DRAFTED = LocalDate.of(2026, 4, 1);
  static final String AOMORI = "022012";
  static final String HIRANAI = "023035";
  static final Parties PARTIES = new Parties(List.of(AOMORI, HIRANAI), Set.of(2));
  static final Parties ACROSS_PREFECTURES =
      new Parties(List.of("342076", "332054"), Set.of(34, 33));

  static List<Initiative> completeInitiatives() {
    return List.of(
        new Initiative(PolicyField.GROWTH_TOURISM, "観光", "誘客拡大", "企画", "周知"),
        new Initiative(PolicyField.URBAN_HIGHER_EDUCATION, "高等教育", "人材育成", "企画", "周知"),
        new Initiative(PolicyField.LIFE_MEDICAL, "地域医療", "研修", "研修の実施", "参加"),
        new Initiative(PolicyField.NETWORK_TRANSPORT, "交通", "路線", "運行", "負担"),
        new Initiative(PolicyField.MANAGEMENT_TRAINING, "研修", "合同研修", "実施", "参加"));
  }

  static AgreementText completeText() {
    return completeText(AgreementText.DEFAULT_LAPSE_YEARS);
  }

  static AgreementText completeText(int lapseYears) {
    return new AgreementText(
        "目的",
        "基本方針",
        "費用は取組ごとに協議",
        12,
        "定期的に協議",
        "期間は定めない。議会の議決を経て通告したときは、通告の日から2年で失効する",
        true,
        lapseYears,
        "協議");
  }

  static AgreementVersion completeDraft() {
    Agreement agreement = new Agreement(1, "022012", HIRANAI, DRAFTED);
    AgreementVersion draft = agreement.latest();
    draft.revise(completeText(), completeInitiatives(), "aomori-mayor");
    return draft;
  }

  static AgreementVersion concluded() {
    AgreementVersion v = completeDraft();
    v.notifyResidents(DRAFTED, DRAFTED.plusDays(30));
    v.submitToCouncils(DRAFTED.plusDays(30));
    v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(60), "議案第1号");
    v.recordResolution(PARTIES, HIRANAI, DRAFTED.plusDays(62), "議案第7号");
    v.conclude(PARTIES, DRAFTED.plusDays(70));
    return v;
  }

  static void refused(String key, Executable step) {
    assertEquals(key, assertThrows(LifecycleViolation.class, step).messageKey());
  }

  @Test
  void aNewAgreementStartsAsAnEmptyDraftThatMissesEveryRequiredClause() {
    AgreementVersion draft = new Agreement(1, "022012", HIRANAI, DRAFTED).latest();
    assertEquals(VersionStatus.DRAFT, draft.status());
    assertEquals(
        List.of(Checklist.Item.values()).size() - 1,
        draft.checklist().missing().size(),
        "all but the wording of ⑦, which has nothing to compare yet");
  }

  @Test
  void livingServicesNeedAFieldUnderEachViewpoint() {
    List<Initiative> withoutC =
        completeInitiatives().stream()
            .filter(i -> i.viewpoint() != Viewpoint.AREA_MANAGEMENT)
            .toList();
    Checklist checklist = Checklist.of(completeText(), withoutC);
    assertEquals(List.of(Checklist.Item.LIVING_SERVICES_AREA_MANAGEMENT), checklist.missing());
  }

  @Test
  void anIncompleteDraftCannotGoToTheResidents() {
    AgreementVersion draft = new Agreement(1, "022012", HIRANAI, DRAFTED).latest();
    refused(
        "agreement.error.checklist-incomplete",
        () -> draft.notifyResidents(DRAFTED, DRAFTED.plusDays(30)));
    assertEquals(VersionStatus.DRAFT, draft.status());
  }

  @Test
  void theFeedbackPeriodCannotStartBeforeTheDraftOrEndBeforeItStarts() {
    AgreementVersion draft = completeDraft();
    refused(
        "agreement.error.feedback-period",
        () -> draft.notifyResidents(DRAFTED.minusDays(1), DRAFTED));
    refused(
        "agreement.error.feedback-period",
        () -> draft.notifyResidents(DRAFTED.plusDays(5), DRAFTED));
    assertEquals(VersionStatus.DRAFT, draft.status());
  }

  @Test
  void residentsGiveFeedbackOnlyDuringThePeriod() {
    AgreementVersion v = completeDraft();
    v.notifyResidents(DRAFTED.plusDays(1), DRAFTED.plusDays(30));
    assertFalse(v.isFeedbackOpen(DRAFTED));
    assertTrue(v.isFeedbackOpen(DRAFTED.plusDays(1)));
    assertTrue(v.isFeedbackOpen(DRAFTED.plusDays(30)));
    assertFalse(v.isFeedbackOpen(DRAFTED.plusDays(31)));
  }

  @Test
  void theCouncilsGetTheDraftOnlyAfterTheResidents() {
    AgreementVersion draft = completeDraft();
    refused("agreement.error.not-notified", () -> draft.submitToCouncils(DRAFTED));
    draft.notifyResidents(DRAFTED, DRAFTED.plusDays(30));
    refused(
        "agreement.error.feedback-still-open", () -> draft.submitToCouncils(DRAFTED.plusDays(29)));
    draft.submitToCouncils(DRAFTED.plusDays(30));
    assertEquals(VersionStatus.COUNCIL_REVIEW, draft.status());
    assertFalse(draft.isFeedbackOpen(DRAFTED.plusDays(30)));
  }

  @Test
  void concludingNeedsBothCouncilsResolutions() {
    AgreementVersion v = completeDraft();
    v.notifyResidents(DRAFTED, DRAFTED.plusDays(30));
    v.submitToCouncils(DRAFTED.plusDays(30));
    v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(60), "議案第1号");

    refused("agreement.error.resolutions-missing", () -> v.conclude(PARTIES, DRAFTED.plusDays(70)));
    assertEquals(VersionStatus.COUNCIL_REVIEW, v.status());
  }

  @Test
  void resolutionsAreRecordedOncePerPartyWithANumberAndNotBeforeTheDraftWentToTheCouncils() {
    AgreementVersion v = completeDraft();
    v.notifyResidents(DRAFTED.plusDays(1), DRAFTED.plusDays(30));
    v.submitToCouncils(DRAFTED.plusDays(30));
    refused(
        "agreement.error.not-a-party",
        () -> v.recordResolution(PARTIES, "202011", DRAFTED.plusDays(40), "1"));
    refused(
        "agreement.error.resolution-date", () -> v.recordResolution(PARTIES, AOMORI, DRAFTED, "1"));
    refused(
        "agreement.error.resolution-date",
        () -> v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(29), "1"));
    refused(
        "agreement.error.number-required",
        () -> v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(40), " "));
    v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(40), "議案第1号");
    refused(
        "agreement.error.resolution-exists",
        () -> v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(41), "2"));
    assertEquals(1, v.resolutions().size());
  }

  @Test
  void theConclusionCannotPrecedeTheLastResolution() {
    AgreementVersion v = completeDraft();
    v.notifyResidents(DRAFTED, DRAFTED.plusDays(30));
    v.submitToCouncils(DRAFTED.plusDays(30));
    v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(60), "1");
    v.recordResolution(PARTIES, HIRANAI, DRAFTED.plusDays(62), "7");
    refused("agreement.error.conclusion-date", () -> v.conclude(PARTIES, DRAFTED.plusDays(61)));
    v.conclude(PARTIES, DRAFTED.plusDays(62));
    assertEquals(VersionStatus.CONCLUDED, v.status());
  }

  static final String CITY_TO_GOVERNOR = Filing.key(AOMORI, "GOVERNOR:02");
  static final String TOWN_TO_GOVERNOR = Filing.key(HIRANAI, "GOVERNOR:02");
  static final String CITY_TO_MINISTRY = Filing.key(AOMORI, Filing.MINISTRY);

  static AgreementVersion promulgated() {
    AgreementVersion v = concluded();
    v.recordPromulgation(PARTIES, AOMORI, "青森市告示第100号", v.concludedOn().plusDays(1));
    v.recordPromulgation(PARTIES, HIRANAI, "平内町告示第5号", v.concludedOn().plusDays(2));
    return v;
  }

  @Test
  void bothMunicipalitiesPromulgateThenEveryRecipientIsFiled() {
    AgreementVersion v = concluded();
    LocalDate concludedOn = v.concludedOn();
    refused(
        "agreement.error.not-promulgated",
        () -> v.recordFiling(PARTIES, CITY_TO_MINISTRY, concludedOn));
    refused(
        "agreement.error.promulgation-date",
        () -> v.recordPromulgation(PARTIES, AOMORI, "告示第1号", concludedOn.minusDays(1)));
    v.recordPromulgation(PARTIES, AOMORI, "青森市告示第100号", concludedOn.plusDays(1));
    assertEquals(VersionStatus.CONCLUDED, v.status());
    refused(
        "agreement.error.promulgation-exists",
        () -> v.recordPromulgation(PARTIES, AOMORI, "x", concludedOn.plusDays(2)));
    v.recordPromulgation(PARTIES, HIRANAI, "平内町告示第5号", concludedOn.plusDays(2));
    assertEquals(VersionStatus.PROMULGATED, v.status());
    refused(
        "agreement.error.filing-date",
        () -> v.recordFiling(PARTIES, CITY_TO_MINISTRY, concludedOn.plusDays(1)));

    refused(
        "agreement.error.not-a-recipient",
        () -> v.recordFiling(PARTIES, Filing.key(AOMORI, "GOVERNOR:20"), concludedOn.plusDays(3)));
    refused(
        "agreement.error.not-a-recipient",
        () ->
            v.recordFiling(PARTIES, Filing.key(HIRANAI, Filing.MINISTRY), concludedOn.plusDays(3)));
    v.recordFiling(PARTIES, CITY_TO_GOVERNOR, concludedOn.plusDays(3));
    refused(
        "agreement.error.filing-exists",
        () -> v.recordFiling(PARTIES, CITY_TO_GOVERNOR, concludedOn.plusDays(4)));
    v.recordFiling(PARTIES, CITY_TO_MINISTRY, concludedOn.plusDays(3));
    assertEquals(
        VersionStatus.PROMULGATED, v.status(), "平内町's own 届出 to the same governor is missing");
    v.recordFiling(PARTIES, TOWN_TO_GOVERNOR, concludedOn.plusDays(5));
    assertEquals(VersionStatus.FILED, v.status());
    assertEquals(3, v.filings().size());
  }

  /** 地方自治法 252条の2②: each party files with its own governor; the Ministry gets one copy. */
  @Test
  void eachPartyFilesWithItsOwnGovernor() {
    assertEquals(
        List.of(
            new Parties.RequiredFiling("342076", "GOVERNOR:34"),
            new Parties.RequiredFiling("332054", "GOVERNOR:33"),
            new Parties.RequiredFiling("342076", Filing.MINISTRY)),
        ACROSS_PREFECTURES.requiredFilings());
    assertEquals(3, PARTIES.requiredFilings().size(), "both in 青森県: two filings with its governor");
  }

  /** 要綱 第7, 第8: the prefecture acknowledges what was filed with its governor, once. */
  @Test
  void thePrefectureAcknowledgesTheFilingsAddressedToItsGovernor() {
    AgreementVersion v = promulgated();
    LocalDate on = v.concludedOn().plusDays(5);
    v.recordFiling(PARTIES, TOWN_TO_GOVERNOR, on);
    v.recordFiling(PARTIES, CITY_TO_MINISTRY, on);
    refused(
        "agreement.error.no-such-filing",
        () -> v.acknowledgeFiling(CITY_TO_GOVERNOR, Set.of("02"), on, "aomori-pref"));
    refused(
        "agreement.error.not-your-filing",
        () -> v.acknowledgeFiling(TOWN_TO_GOVERNOR, Set.of("20"), on, "nagano-pref"));
    refused(
        "agreement.error.not-your-filing",
        () -> v.acknowledgeFiling(CITY_TO_MINISTRY, Set.of("02"), on, "aomori-pref"));
    v.acknowledgeFiling(TOWN_TO_GOVERNOR, Set.of("02"), on.plusDays(1), "aomori-pref");
    Filing town =
        v.filings().stream()
            .filter(f -> f.key().equals(TOWN_TO_GOVERNOR))
            .findFirst()
            .orElseThrow();
    assertEquals(on.plusDays(1), town.acknowledgedOn());
    assertEquals("aomori-pref", town.acknowledgedBy());
    refused(
        "agreement.error.filing-acknowledged",
        () -> v.acknowledgeFiling(TOWN_TO_GOVERNOR, Set.of("02"), on, "aomori-pref"));
  }

  @Test
  void aTerminationNoticeLapsesTheAgreementTwoYearsLater() {
    AgreementVersion v = concluded();
    LocalDate notice = LocalDate.of(2027, 3, 31);
    refused(
        "agreement.error.termination-date",
        () -> v.notifyTermination(PARTIES, HIRANAI, v.concludedOn(), v.concludedOn().minusDays(1)));
    v.notifyTermination(PARTIES, HIRANAI, notice.minusDays(10), notice);
    assertEquals(Optional.of(LocalDate.of(2029, 3, 31)), v.lapsesOn());
    assertEquals(HIRANAI, v.terminationNotifiedBy(), "the partner may give notice, too");
    refused(
        "agreement.error.termination-exists",
        () -> v.notifyTermination(PARTIES, AOMORI, notice, LocalDate.of(2027, 4, 1)));
  }

  @Test
  void theNoticeNamesAPartyAndItsCouncilsResolutionBeforeTheNotice() {
    AgreementVersion v = concluded();
    LocalDate notice = v.concludedOn().plusDays(100);
    refused(
        "agreement.error.termination-party",
        () -> v.notifyTermination(PARTIES, "023043", notice, notice));
    refused(
        "agreement.error.termination-resolution",
        () -> v.notifyTermination(PARTIES, AOMORI, notice.plusDays(1), notice));
    refused(
        "agreement.error.termination-resolution",
        () -> v.notifyTermination(PARTIES, AOMORI, null, notice));
    assertEquals(Optional.empty(), v.lapsesOn(), "a refused notice changes nothing");
  }

  @Test
  void theLapsePeriodIsTheAgreementsOwnAndOnItsDayTheAgreementIsNoLongerInForce() {
    Agreement agreement = new Agreement(1, "022012", HIRANAI, DRAFTED);
    AgreementVersion v = agreement.latest();
    v.revise(completeText(3), completeInitiatives(), "aomori-mayor");
    v.notifyResidents(DRAFTED, DRAFTED.plusDays(30));
    v.submitToCouncils(DRAFTED.plusDays(30));
    v.recordResolution(PARTIES, AOMORI, DRAFTED.plusDays(60), "議案第1号");
    v.recordResolution(PARTIES, HIRANAI, DRAFTED.plusDays(62), "議案第7号");
    v.conclude(PARTIES, DRAFTED.plusDays(70));
    LocalDate notice = v.concludedOn().plusYears(1);
    v.notifyTermination(PARTIES, AOMORI, notice.minusDays(5), notice);

    assertEquals(Optional.of(notice.plusYears(3)), v.lapsesOn(), "three years, as its ⑦ says");
    assertFalse(v.lapseIfDue(notice.plusYears(3).minusDays(1)), "not the day before");
    assertTrue(agreement.versionInForce().isPresent());
    assertTrue(v.lapseIfDue(notice.plusYears(3)));
    assertFalse(v.lapseIfDue(notice.plusYears(3).plusDays(1)), "a lapse happens once");
    assertTrue(agreement.versionInForce().isEmpty(), "失効: no longer in force");
    assertEquals(Optional.of(notice.plusYears(3)), agreement.lapsedOn());
  }

  @Test
  void aDraftCannotBeTerminated() {
    refused(
        "agreement.error.not-in-force",
        () -> completeDraft().notifyTermination(PARTIES, AOMORI, DRAFTED, DRAFTED));
  }

  @Test
  void onlyDraftsAreEdited() {
    AgreementVersion v = concluded();
    refused("agreement.error.not-a-draft", () -> v.revise(completeText(), List.of(), "x"));
    assertEquals(5, v.initiatives().size());
  }

  @Test
  void anAmendmentStartsFromTheVersionInForceAndGoesThroughTheSameSteps() {
    AgreementVersion first = concluded();
    Agreement agreement = first.agreement();
    AgreementVersion amendment = agreement.startAmendment(DRAFTED.plusDays(100));

    assertEquals(2, amendment.number());
    assertEquals(VersionKind.AMENDMENT, amendment.kind());
    assertEquals(VersionStatus.DRAFT, amendment.status());
    assertEquals(first.text().purpose(), amendment.text().purpose());
    assertEquals(first, agreement.versionInForce().orElseThrow());
    refused(
        "agreement.error.open-version-exists",
        () -> agreement.startAbolition(DRAFTED.plusDays(100)));
  }

  @Test
  void nothingCanBeAmendedBeforeItIsConcluded() {
    Agreement agreement = new Agreement(1, "022012", HIRANAI, DRAFTED);
    refused("agreement.error.not-in-force", () -> agreement.startAmendment(DRAFTED));
  }

  @Test
  void draftsAreNeverPublic() {
    Agreement agreement = new Agreement(1, "022012", HIRANAI, DRAFTED);
    assertFalse(agreement.isPublic());
    AgreementVersion draft = agreement.latest();
    draft.revise(completeText(), completeInitiatives(), "x");
    draft.notifyResidents(DRAFTED, DRAFTED.plusDays(10));
    assertTrue(agreement.isPublic());
  }
}
