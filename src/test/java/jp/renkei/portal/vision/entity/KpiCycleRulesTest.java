package jp.renkei.portal.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The yearly KPI cycle's rules (要綱 第6(3)⑤): where a year's report stands, the deadline the central
 * city may set, the evaluation written after the actual and fixed once published, and the
 * initiatives a KPI measures.
 */
class KpiCycleRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
  private static final int CURRENT_FY = 2026;

  @Test
  void aYearIsDueAfterItEndsAndOverdueTheDayAfterItsDeadline() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    assertEquals(
        KpiReport.State.NOT_YET,
        KpiReport.of(2026, LocalDate.of(2027, 6, 30), false, NOW.toLocalDate(), CURRENT_FY).state(),
        "the current year has nothing to report yet");
    assertEquals(
        KpiReport.State.DUE,
        KpiReport.of(2025, due, false, LocalDate.of(2026, 6, 30), CURRENT_FY).state(),
        "on the deadline itself it is still due");
    KpiReport late = KpiReport.of(2025, due, false, LocalDate.of(2026, 7, 1), CURRENT_FY);
    assertEquals(KpiReport.State.OVERDUE, late.state());
    assertTrue(late.isOverdue());
    assertEquals(
        KpiReport.State.REPORTED,
        KpiReport.of(2025, due, true, LocalDate.of(2026, 7, 1), CURRENT_FY).state(),
        "a late report is reported, no longer flagged");
    assertEquals("vision.kpi.report.OVERDUE", late.state().messageKey());
  }

  @Test
  void aKpiReportsEachYearAfterItsBaselineUpToTheCurrentYear() {
    VisionVersion v = new VisionVersion(1, 1, "ビジョン", 2024, 2028, "aomori-mayor", NOW);
    v.addKpi(
        new Kpi.KpiDefinition(
            KpiField.LIVING_SERVICES,
            "路線バス利用者数",
            "万人",
            BigDecimal.TEN,
            2022,
            BigDecimal.ONE,
            2028,
            "023035"));
    List<KpiReport> reports =
        KpiReport.yearsOf(
            v.kpis().get(0), Set.of(2023), KpiDeadline::defaultFor, NOW.toLocalDate(), CURRENT_FY);
    assertEquals(
        List.of(2023, 2024, 2025, 2026),
        reports.stream().map(KpiReport::fiscalYear).toList(),
        "the baseline year's figure is the baseline, not a report");
    assertEquals(
        List.of(
            KpiReport.State.REPORTED,
            KpiReport.State.OVERDUE,
            KpiReport.State.OVERDUE,
            KpiReport.State.NOT_YET),
        reports.stream().map(KpiReport::state).toList());
    assertEquals(LocalDate.of(2025, 6, 30), reports.get(1).due());
    Kpi kpi = v.kpis().get(0);
    assertEquals(
        List.of(false, true, true, false),
        List.of(2022, 2023, 2028, 2029).stream().map(kpi::reportsOn).toList(),
        "the reminder asks for the same years: after the baseline, up to the target");
  }

  @Test
  void theDeadlineIsThirtyJuneAfterTheYearUnlessTheCentralCitySetsAnotherWithinAYear() {
    assertEquals(LocalDate.of(2026, 6, 30), KpiDeadline.defaultFor(2025));
    KpiDeadline deadline = new KpiDeadline(1, 2025);
    deadline.set(LocalDate.of(2026, 5, 31), "aomori-mayor", NOW);
    assertEquals(LocalDate.of(2026, 5, 31), deadline.dueOn());

    for (LocalDate outside :
        List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 1), LocalDate.of(2027, 4, 1))) {
      VisionRefused refused =
          assertThrows(
              VisionRefused.class, () -> deadline.set(outside, "aomori-mayor", NOW), "" + outside);
      assertEquals("vision.error.kpi-deadline-range", refused.messageKey());
    }
    assertEquals(LocalDate.of(2026, 5, 31), deadline.dueOn(), "a refused day changes nothing");
    assertEquals(
        "vision.error.deadline-required",
        assertThrows(VisionRefused.class, () -> deadline.set(null, "aomori-mayor", NOW))
            .messageKey());
    deadline.set(LocalDate.of(2027, 3, 31), "aomori-mayor", NOW);
    assertEquals(LocalDate.of(2027, 3, 31), deadline.dueOn(), "the last day of the next year");
  }

  @Test
  void anEvaluationNeedsTheYearsActualAndEveryPartAndIsFixedOncePublished() {
    assertEquals(
        "vision.error.evaluation-no-actual",
        assertThrows(VisionRefused.class, () -> evaluation(false, KpiRating.BEHIND, "要因", "対応"))
            .messageKey());
    assertEquals(
        "vision.error.evaluation-rating",
        assertThrows(VisionRefused.class, () -> evaluation(true, null, "要因", "対応")).messageKey());
    assertEquals(
        "vision.error.evaluation-factors",
        assertThrows(VisionRefused.class, () -> evaluation(true, KpiRating.BEHIND, "  ", "対応"))
            .messageKey());
    assertEquals(
        "vision.error.evaluation-response",
        assertThrows(VisionRefused.class, () -> evaluation(true, KpiRating.BEHIND, "要因", null))
            .messageKey());
    assertEquals(
        "vision.error.too-long",
        assertThrows(
                VisionRefused.class,
                () -> evaluation(true, KpiRating.BEHIND, "要因", "あ".repeat(2001)))
            .messageKey(),
        "the limit is said");

    KpiEvaluation e = evaluation(true, KpiRating.BEHIND, "利用者が減った", "増便を検討する");
    e.revise(KpiRating.ON_TRACK, "回復した", "継続する", "aomori-mayor", NOW.plusDays(1));
    assertEquals(KpiRating.ON_TRACK, e.rating());
    assertEquals("回復した", e.factors());
    e.publish(NOW.plusDays(2));
    e.publish(NOW.plusDays(3));
    assertEquals(NOW.plusDays(2), e.publishedAt(), "published once");
    assertEquals(
        "vision.error.evaluation-published",
        assertThrows(
                VisionRefused.class,
                () -> e.revise(KpiRating.ACHIEVED, "x", "y", "aomori-mayor", NOW.plusDays(4)))
            .messageKey());
    assertEquals(KpiRating.ON_TRACK, e.rating(), "the published evaluation stands");
  }

  @Test
  void aKpiMeasuresInitiativesOfItsOwnVersionAndKeepsThemInTheNextDraft() {
    VisionVersion v = new VisionVersion(1, 1, "ビジョン案", 2027, 2031, "aomori-mayor", NOW);
    v.addInitiative(
        new VisionInitiative.InitiativeContent(
            "公共交通", "路線バス", "毎年度", "第3条 ウ(b)", List.of("023035"), List.of()));
    v.addInitiative(
        new VisionInitiative.InitiativeContent(
            "広域観光", "周遊ルート", "毎年度", "第3条 ア(c)", List.of("022012"), List.of()));
    assertEquals(
        "vision.error.no-such-initiative",
        assertThrows(VisionRefused.class, () -> v.addKpi(definition("誤り"), Set.of(1, 9)))
            .messageKey());
    assertEquals(0, v.kpis().size(), "a refused KPI is not added");

    v.addKpi(definition("路線バス利用者数"), Set.of(1, 2));
    Kpi kpi = v.kpis().get(0);
    assertEquals(List.of(1, 2), kpi.measures());

    v.removeInitiative(2);
    assertEquals(List.of(1), kpi.measures(), "a removed initiative is no longer measured");

    VisionVersion next = v.nextDraft(2, "aomori-mayor", NOW);
    Kpi copied = next.kpi(kpi.key()).orElseThrow();
    assertNotNull(copied);
    assertEquals(List.of(1), copied.measures(), "the next draft keeps what each KPI measures");
  }

  private static KpiEvaluation evaluation(
      boolean actual, KpiRating rating, String factors, String response) {
    return new KpiEvaluation(
        1, "bus", 2025, actual, rating, factors, response, "aomori-mayor", NOW);
  }

  private static Kpi.KpiDefinition definition(String name) {
    return new Kpi.KpiDefinition(
        KpiField.LIVING_SERVICES, name, "万人", BigDecimal.ONE, 2025, BigDecimal.TEN, 2031, "023035");
  }
}
