package jp.renkei.portal.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.circle.entity.CircleRole;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;
import jp.renkei.portal.vision.boundary.VisionRounds;
import jp.renkei.portal.vision.control.VisionSections;
import org.junit.jupiter.api.Test;

/** The vision's rules: drafting, versions, rounds, the adoption gate and KPI actuals. */
class VisionRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final String HIRANAI = "023035";
  private static final String IMABETSU = "023043";

  private static VisionVersion draft(long id) {
    VisionVersion v = new VisionVersion(1, 1, "ビジョン案", 2027, 2031, "aomori-mayor", NOW);
    setId(v, id);
    v.addInitiative(
        new VisionInitiative.InitiativeContent(
            "広域観光",
            "周遊ルート",
            "毎年度",
            "第3条 ア(c)",
            List.of("022012", HIRANAI),
            List.of(new FiscalYearCost(2027, 1000), new FiscalYearCost(2028, 2000))));
    v.addInitiative(
        new VisionInitiative.InitiativeContent(
            "公共交通", "路線バス", "毎年度", "第3条 ウ(b)", List.of(IMABETSU), List.of()));
    return v;
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

  private static CommentRound round(VisionVersion v, String code, long id) {
    CommentRound round =
        new CommentRound(v, code, List.of("NAMES", "I-1"), TODAY.plusDays(14), "aomori-mayor", NOW);
    setId(round, id);
    return round;
  }

  @Test
  void theGatePassesOnlyWithDeliberationAndEverySignOff() {
    assertTrue(new AdoptionCheck(List.of(), true, List.of(), List.of()).passes());
    VisionRefused notDeliberated =
        assertThrows(
            VisionRefused.class,
            () -> new AdoptionCheck(List.of(), false, List.of(), List.of()).requireAdoptable("理由"));
    assertEquals("vision.error.not-deliberated", notDeliberated.messageKey());
    VisionRefused missing =
        assertThrows(
            VisionRefused.class,
            () ->
                new AdoptionCheck(List.of(), true, List.of(IMABETSU), List.of())
                    .requireAdoptable("  "));
    assertEquals("vision.error.sign-offs-missing", missing.messageKey());
    // An explicit reason overrides missing sign-offs, never a missing deliberation.
    new AdoptionCheck(List.of(), true, List.of(IMABETSU), List.of()).requireAdoptable("書面で了承を得ている");
  }

  @Test
  void aVisionIsAdoptedOnlyWithTargetsAnInitiativeAndAKpiInEachField() {
    VisionVersion v = draft(10);
    assertEquals(
        List.of(
            "vision.incomplete.targets",
            "vision.incomplete.kpi.ECONOMY",
            "vision.incomplete.kpi.URBAN_FUNCTIONS",
            "vision.incomplete.kpi.LIVING_SERVICES"),
        v.missingParts());

    v.setTarget(new PopulationTarget(2031, 276000, new BigDecimal("37.1")));
    for (KpiField field : List.of(KpiField.ECONOMY, KpiField.URBAN_FUNCTIONS)) {
      v.addKpi(
          new Kpi.KpiDefinition(
              field, "指標" + field, "件", BigDecimal.ONE, 2025, BigDecimal.TEN, 2031, "022012"));
    }
    assertEquals(List.of("vision.incomplete.kpi.LIVING_SERVICES"), v.missingParts());
    VisionRefused incomplete =
        assertThrows(
            VisionRefused.class,
            () ->
                new AdoptionCheck(v.missingParts(), true, List.of(), List.of())
                    .requireAdoptable("理由があっても"));
    assertEquals("vision.error.incomplete", incomplete.messageKey(), "no reason overrides it");

    v.addKpi(
        new Kpi.KpiDefinition(
            KpiField.LIVING_SERVICES,
            "路線バス利用者数",
            "万人",
            BigDecimal.ONE,
            2025,
            BigDecimal.TEN,
            2031,
            HIRANAI));
    assertEquals(List.of(), v.missingParts());
  }

  @Test
  void noReasonOverridesAPartnerThatWasNotConsultedOrIsStillWithinItsDeadline() {
    VisionRefused refused =
        assertThrows(
            VisionRefused.class,
            () ->
                new AdoptionCheck(List.of(), true, List.of(IMABETSU), List.of(IMABETSU))
                    .requireAdoptable("書面で了承を得ている"));

    assertEquals("vision.error.not-consulted", refused.messageKey());
  }

  @Test
  void adoptingKeepsTheOverrideReasonAndFreezesTheVersion() {
    VisionVersion v = draft(10);
    v.adopt("aomori-mayor", NOW, "今別町は書面で了承済み");
    assertEquals(VisionStatus.ADOPTED, v.status());
    assertEquals("今別町は書面で了承済み", v.overrideReason());
    VisionRefused refused = assertThrows(VisionRefused.class, () -> v.requireEditable(false));
    assertEquals("vision.error.adopted", refused.messageKey());
    assertThrows(VisionRefused.class, () -> v.adopt("aomori-mayor", NOW, null));
    assertTrue(v.isPublic());
  }

  @Test
  void aDraftUnderConsultationCannotChangeInPlace() {
    VisionVersion v = draft(10);
    v.requireEditable(false);
    assertEquals(
        "vision.error.under-consultation",
        assertThrows(VisionRefused.class, () -> v.requireEditable(true)).messageKey());
    v.openPublicComment(TODAY, TODAY.plusDays(30));
    assertThrows(VisionRefused.class, () -> v.requireEditable(false));
    assertTrue(v.isPublic(), "a draft put to residents is public");
  }

  @Test
  void aRedraftReplacesTheDraftAndARevisionStartsTheNextCycle() {
    VisionVersion first = draft(10);
    VisionVersion redraft = first.nextDraft(2, "aomori-mayor", NOW);
    assertEquals(VisionStatus.REPLACED, first.status());
    assertEquals(1, redraft.cycle());
    assertEquals(10L, redraft.basedOnId());
    assertEquals(2, redraft.initiatives().size());
    assertEquals(3000, redraft.initiative(1).orElseThrow().totalCost());
    setId(redraft, 11);
    redraft.adopt("aomori-mayor", NOW, null);
    VisionVersion revision = redraft.nextDraft(3, "aomori-mayor", NOW);
    assertEquals(2, revision.cycle());
    assertEquals(VisionStatus.ADOPTED, redraft.status(), "the adopted one stays until replaced");
    assertThrows(VisionRefused.class, () -> first.nextDraft(4, "aomori-mayor", NOW));
  }

  @Test
  void initiativesKeepTheirNumbersAndCostsStayInThePeriod() {
    VisionVersion v = draft(10);
    v.removeInitiative(1);
    int next =
        v.addInitiative(
            new VisionInitiative.InitiativeContent(
                "医療", "救急", "毎年度", "第3条 イ(a)", List.of(HIRANAI), List.of()));
    assertEquals(3, next, "a removed number is not reused");
    assertEquals(
        "vision.error.cost-year",
        assertThrows(
                VisionRefused.class,
                () ->
                    v.changeInitiative(
                        2,
                        new VisionInitiative.InitiativeContent(
                            "公共交通",
                            "路線バス",
                            "毎年度",
                            "第3条",
                            List.of(IMABETSU),
                            List.of(new FiscalYearCost(2040, 5)))))
            .messageKey());
    assertThrows(
        VisionRefused.class,
        () ->
            v.addInitiative(
                new VisionInitiative.InitiativeContent(
                    "名", "内容", "予定", "第3条", List.of(), List.of())));
  }

  @Test
  void theProposedSectionsAreTheSharedOnesAndTheInitiativesNamingThePartner() {
    VisionVersion v = draft(10);
    assertEquals(
        List.of("NAMES", "FUTURE", "I-1", "PERIOD", "KPI"),
        VisionRounds.proposedSections(v, HIRANAI));
    assertEquals(
        List.of("NAMES", "FUTURE", "I-2", "PERIOD", "KPI"),
        VisionRounds.proposedSections(v, IMABETSU));
  }

  @Test
  void aRoundRefusesAPastDeadlineAndUnknownSections() {
    VisionVersion v = draft(10);
    assertEquals(
        "vision.error.deadline-past",
        assertThrows(
                VisionRefused.class,
                () -> new CommentRound(v, HIRANAI, List.of("NAMES"), TODAY.minusDays(1), "m", NOW))
            .messageKey());
    assertThrows(
        VisionRefused.class,
        () -> new CommentRound(v, HIRANAI, List.of("I-9"), TODAY.plusDays(1), "m", NOW));
    assertThrows(
        VisionRefused.class,
        () -> new CommentRound(v, HIRANAI, List.of(), TODAY.plusDays(1), "m", NOW));
  }

  @Test
  void onlyTheRoundsOwnPartnerCommentsAndSignsOffOnce() {
    VisionVersion v = draft(10);
    CommentRound round = round(v, HIRANAI, 5);
    assertEquals(RoundState.OPEN, round.state(v.status(), TODAY));
    VisionRefused other =
        assertThrows(VisionRefused.class, () -> round.signOff(IMABETSU, "imabetsu-staff", NOW));
    assertEquals("vision.error.not-your-round", other.messageKey());
    assertThrows(
        VisionRefused.class, () -> round.comment(IMABETSU, "I-1", "imabetsu-staff", "意見", NOW));
    assertThrows(
        VisionRefused.class, () -> round.comment(HIRANAI, "I-2", "hiranai-staff", "意見", NOW));
    RoundComment comment = round.comment(HIRANAI, "I-1", "hiranai-staff", "夏泊も", NOW);
    assertFalse(comment.isAnswered());
    round.signOff(HIRANAI, "hiranai-staff", NOW);
    assertEquals(RoundState.SIGNED_OFF, round.state(v.status(), TODAY));
    assertThrows(VisionRefused.class, () -> round.signOff(HIRANAI, "hiranai-staff", NOW));
    assertThrows(
        VisionRefused.class, () -> round.comment(HIRANAI, "I-1", "hiranai-staff", "追加", NOW));
  }

  @Test
  void commentsCloseAtTheDeadlineUntilItMoves() {
    VisionVersion v = draft(10);
    CommentRound round = round(v, HIRANAI, 5);
    LocalDateTime late = NOW.plusDays(15);
    assertEquals(RoundState.OVERDUE, round.state(v.status(), late.toLocalDate()));
    assertEquals(
        "vision.error.deadline-passed",
        assertThrows(
                VisionRefused.class,
                () -> round.comment(HIRANAI, "I-1", "hiranai-staff", "遅れて", late))
            .messageKey());
    assertThrows(VisionRefused.class, () -> round.extend(TODAY.minusDays(1), TODAY));
    round.extend(late.toLocalDate().plusDays(7), TODAY);
    round.comment(HIRANAI, "I-1", "hiranai-staff", "遅れて", late);
  }

  @Test
  void anAnswerSaysWhetherAndWhy() {
    VisionVersion v = draft(10);
    RoundComment comment = round(v, HIRANAI, 5).comment(HIRANAI, "I-1", "h", "意見", NOW);
    assertEquals(
        "vision.error.reason-required",
        assertThrows(
                VisionRefused.class,
                () -> comment.answer(Reflection.NOT_REFLECTED, " ", "aomori-mayor", NOW))
            .messageKey());
    assertThrows(VisionRefused.class, () -> comment.answer(null, "理由", "aomori-mayor", NOW));
    comment.answer(Reflection.NOT_REFLECTED, "予算の制約のため", "aomori-mayor", NOW);
    assertTrue(comment.isAnswered());
  }

  @Test
  void kpiActualsMustBeNumbers() {
    assertEquals(new BigDecimal("1234.5"), KpiActual.parse("1,234.5"));
    assertEquals(new BigDecimal("1003"), KpiActual.parse("１００３"));
    for (String bad : List.of("", "abc", "12a", "1.234", "1e5", "--1")) {
      assertEquals(
          "vision.error.kpi-not-number",
          assertThrows(VisionRefused.class, () -> KpiActual.parse(bad)).messageKey(),
          bad);
    }
  }

  @Test
  void theDifferencesNameTheChangedSectionsOnly() {
    CircleProfile circle =
        new CircleProfile(
            1,
            "aomori",
            new LocalizedName("青森圏域", "Aomori"),
            List.of(member("022012", "青森市", CircleRole.CENTRAL_CITY)),
            List.of(
                member(HIRANAI, "平内町", CircleRole.PARTNER),
                member(IMABETSU, "今別町", CircleRole.PARTNER)),
            java.util.Set.of(HIRANAI, IMABETSU));
    VisionVersion first = draft(10);
    VisionVersion second = first.nextDraft(2, "aomori-mayor", NOW);
    second.changeInitiative(
        2,
        new VisionInitiative.InitiativeContent(
            "公共交通", "路線バスと代行バス", "毎年度", "第3条 ウ(b)", List.of(IMABETSU), List.of()));
    second.setTarget(new PopulationTarget(2031, 276000, new BigDecimal("37.1")));
    List<VisionSections.SectionChange> changes =
        VisionSections.compare(first, second, circle, Locale.JAPANESE);
    List<String> changed =
        changes.stream().filter(VisionSections.SectionChange::changed).map(c -> c.key()).toList();
    assertEquals(List.of("FUTURE", "I-2"), changed);
    assertTrue(
        changes.stream()
            .filter(c -> c.key().equals("I-2"))
            .flatMap(c -> c.segments().stream())
            .anyMatch(
                s ->
                    s.kind() == jp.renkei.portal.platform.text.TextDiff.Segment.Kind.ADDED
                        && s.text().contains("代行バス")));
  }

  private static MemberMunicipality member(String code, String name, CircleRole role) {
    return new MemberMunicipality(
        code,
        new LocalizedName(name, name),
        Prefecture.byCode(2).orElseThrow(),
        MunicipalityKind.TOWN,
        role,
        null);
  }

  @Test
  void aDraftPreparedForAdoptionKeepsItsReasonUntilAdoptedOrReplaced() {
    VisionVersion v = draft(10);
    assertEquals(
        "publication.error.time-past",
        assertThrows(VisionRefused.class, () -> v.scheduleAdoption(NOW, NOW, "aomori-mayor", null))
            .messageKey());
    v.scheduleAdoption(NOW.plusDays(7), NOW, "aomori-mayor", "今別町は書面で了承済み");
    assertTrue(v.isAdoptionScheduled());
    assertEquals(NOW.plusDays(7), v.adoptAt());
    assertEquals("今別町は書面で了承済み", v.adoptOverrideReason());
    assertEquals(VisionStatus.DRAFT, v.status(), "not adopted before its time");
    v.adopt(v.adoptScheduledBy(), NOW.plusDays(7), v.adoptOverrideReason());
    assertFalse(v.isAdoptionScheduled());
    assertEquals(
        "publication.error.not-scheduled",
        assertThrows(VisionRefused.class, v::withdrawScheduledAdoption).messageKey());

    VisionVersion replaced = draft(11);
    replaced.scheduleAdoption(NOW.plusDays(7), NOW, "aomori-mayor", null);
    replaced.nextDraft(2, "aomori-mayor", NOW);
    assertFalse(replaced.isAdoptionScheduled(), "a replaced draft is never adopted");
  }
}
