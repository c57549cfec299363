package jp.renkei.portal.vision.rest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.vision.entity.FiscalYearCost;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.PopulationTarget;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The adopted vision as the public API shows it: the items of 第6(3), municipalities by code (the
 * circles API names them), KPIs with their yearly actuals. Costs are in thousand yen.
 */
public record VisionJson(
    String circle,
    int version,
    String title,
    int periodStartFiscalYear,
    int periodEndFiscalYear,
    LocalDateTime adoptedAt,
    String adoptedWithoutAllSignOffsBecause,
    String futureImage,
    String revisionPolicy,
    List<TargetJson> targets,
    List<InitiativeJson> initiatives,
    List<KpiJson> kpis) {

  /** ② A population and ageing-rate target. */
  public record TargetJson(int fiscalYear, long population, BigDecimal ageingRate) {}

  /** ③ An initiative. */
  public record InitiativeJson(
      int number,
      String title,
      String content,
      String schedule,
      String agreementClause,
      List<String> municipalityCodes,
      Long totalCost,
      List<CostJson> costs) {}

  /** A yearly cost. */
  public record CostJson(int fiscalYear, long amount) {}

  /** ⑤ A KPI with its actuals. */
  public record KpiJson(
      String key,
      String field,
      String name,
      String unit,
      BigDecimal baseline,
      int baselineFiscalYear,
      BigDecimal target,
      int targetFiscalYear,
      String responsibleMunicipalityCode,
      List<Integer> measuresInitiatives,
      List<ActualJson> actuals,
      List<EvaluationJson> evaluations) {}

  /** A reported actual. */
  public record ActualJson(int fiscalYear, BigDecimal value) {}

  /**
   * A published evaluation of a fiscal year: status (ACHIEVED, ON_TRACK, BEHIND), factors,
   * response.
   */
  public record EvaluationJson(
      int fiscalYear, String rating, String factors, String response, LocalDateTime publishedAt) {}

  /** What was reported and evaluated of each KPI, by its key: actuals and published evaluations. */
  record Reported(
      Map<String, List<ActualJson>> actuals, Map<String, List<EvaluationJson>> evaluations) {

    static Reported of(List<KpiActual> actuals, List<KpiEvaluation> published) {
      return new Reported(
          actuals.stream()
              .collect(
                  Collectors.groupingBy(
                      KpiActual::kpiKey,
                      Collectors.mapping(
                          a -> new ActualJson(a.fiscalYear(), a.actual()), Collectors.toList()))),
          published.stream()
              .filter(KpiEvaluation::isPublished)
              .collect(
                  Collectors.groupingBy(
                      KpiEvaluation::kpiKey,
                      Collectors.mapping(
                          e ->
                              new EvaluationJson(
                                  e.fiscalYear(),
                                  e.rating().name(),
                                  e.factors(),
                                  e.response(),
                                  e.publishedAt()),
                          Collectors.toList()))));
    }

    List<ActualJson> actualsOf(Kpi k) {
      return actuals.getOrDefault(k.key(), List.of());
    }

    List<EvaluationJson> evaluationsOf(Kpi k) {
      return evaluations.getOrDefault(k.key(), List.of());
    }
  }

  static VisionJson of(String slug, VisionVersion v, Reported reported) {
    return new VisionJson(
        slug,
        v.number(),
        v.title(),
        v.periodStart(),
        v.periodEnd(),
        v.adoptedAt(),
        v.overrideReason(),
        v.futureImage(),
        v.revisionPolicy(),
        v.targets().stream().map(VisionJson::target).toList(),
        v.initiatives().stream().map(VisionJson::initiative).toList(),
        v.kpis().stream().map(k -> kpi(k, reported)).toList());
  }

  private static TargetJson target(PopulationTarget t) {
    return new TargetJson(t.fiscalYear(), t.population(), t.ageingRate());
  }

  private static InitiativeJson initiative(VisionInitiative i) {
    return new InitiativeJson(
        i.number(),
        i.title(),
        i.content(),
        i.schedule(),
        i.clause(),
        List.copyOf(i.municipalities()),
        i.isBudgeted() ? i.totalCost() : null,
        i.costs().stream().map(VisionJson::cost).toList());
  }

  private static CostJson cost(FiscalYearCost c) {
    return new CostJson(c.fiscalYear(), c.amount());
  }

  static KpiJson kpi(Kpi k, Reported reported) {
    return new KpiJson(
        k.key(),
        k.field().name(),
        k.name(),
        k.unit(),
        k.baseline(),
        k.baselineYear(),
        k.target(),
        k.targetYear(),
        k.responsibleCode(),
        List.copyOf(k.measures()),
        reported.actualsOf(k),
        reported.evaluationsOf(k));
  }
}
