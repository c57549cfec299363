package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.roundtable.boundary.MeetingSummary;
import jp.renkei.portal.vision.boundary.KpiCycle;
import jp.renkei.portal.vision.boundary.VisionKpis;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.KpiRating;
import jp.renkei.portal.vision.entity.KpiReport;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The KPI cycle on {@code /c/{slug}/vision/kpis} and beside each KPI of the vision page: each
 * year's report against its deadline (overdue ones flagged), the evaluations the reader may see,
 * the initiatives a KPI measures; for the central city, the deadline, evaluation, review and
 * publication forms.
 */
@Named
@RequestScoped
public class KpiCycleView {

  @Inject KpiCycle cycle;
  @Inject VisionKpis kpis;
  @Inject Steps steps;
  @Inject LanguageSelection language;

  private final Map<String, List<KpiReport>> reports = new HashMap<>();
  private Map<String, Map<Integer, KpiEvaluation>> evaluations;
  private List<KpiCycle.Overdue> overdue;
  private Map<Integer, MeetingSummary> reviews;

  // Each KPI's evaluation form has its own values, so that a refused one does not fill the others.
  private final Map<String, String> evaluationYears = new HashMap<>();
  private final Map<String, String> ratingsTyped = new HashMap<>();
  private final Map<String, String> factorsTyped = new HashMap<>();
  private final Map<String, String> responsesTyped = new HashMap<>();
  private String deadlineYear;
  private String day;
  private String reviewYear;
  private String publishYear;
  private Long meetingId;

  public boolean isRuns() {
    return cycle.runs();
  }

  public boolean isReadsDrafts() {
    return cycle.readsDrafts();
  }

  /** A year's report of a KPI against its deadline; null for a year it does not report on yet. */
  public KpiReport report(Kpi kpi, int fiscalYear) {
    return reports.computeIfAbsent(kpi.key(), k -> cycle.reports(kpi, kpis.actuals())).stream()
        .filter(r -> r.fiscalYear() == fiscalYear)
        .findFirst()
        .orElse(null);
  }

  public LocalDate dueOn(int fiscalYear) {
    return cycle.dueOn(fiscalYear);
  }

  /** The evaluation of a KPI's year the reader may see, or null. */
  public KpiEvaluation evaluation(Kpi kpi, int fiscalYear) {
    return evaluationsByKpi().getOrDefault(kpi.key(), Map.of()).get(fiscalYear);
  }

  /** The evaluations of a KPI the reader may see, newest year first. */
  public List<KpiEvaluation> evaluationsOf(Kpi kpi) {
    List<KpiEvaluation> of =
        new ArrayList<>(evaluationsByKpi().getOrDefault(kpi.key(), Map.of()).values());
    of.sort((a, b) -> Integer.compare(b.fiscalYear(), a.fiscalYear()));
    return of;
  }

  /** The published evaluations of a KPI, newest year first: what the public vision page shows. */
  public List<KpiEvaluation> publishedOf(Kpi kpi) {
    return evaluationsOf(kpi).stream().filter(KpiEvaluation::isPublished).toList();
  }

  /** The newest evaluation of a KPI key the reader may see, or null: shown beside a draft's KPI. */
  public KpiEvaluation latest(Kpi kpi) {
    List<KpiEvaluation> of = evaluationsOf(kpi);
    return of.isEmpty() ? null : of.get(0);
  }

  private Map<String, Map<Integer, KpiEvaluation>> evaluationsByKpi() {
    if (evaluations == null) {
      evaluations = new HashMap<>();
      for (KpiEvaluation e : cycle.evaluations()) {
        evaluations.computeIfAbsent(e.kpiKey(), k -> new HashMap<>()).put(e.fiscalYear(), e);
      }
    }
    return evaluations;
  }

  /** "1 陸奥湾のホタテ…、3 …": the initiatives a KPI measures, as the vision numbers them. */
  public String measured(VisionVersion version, Kpi kpi) {
    String separator = Messages.text(language.getLocale(), "portal.list.separator");
    return kpi.measures().stream()
        .map(
            n ->
                version
                    .initiative(n)
                    .map(VisionInitiative::title)
                    .map(t -> Messages.text(language.getLocale(), "vision.kpi.measures-item", n, t))
                    .orElse(String.valueOf(n)))
        .collect(Collectors.joining(separator));
  }

  public List<KpiCycle.Overdue> getOverdue() {
    if (overdue == null) {
      overdue = cycle.overdue();
    }
    return overdue;
  }

  /** Per fiscal year, the roundtable meeting that reviewed its evaluation. */
  public Map<Integer, MeetingSummary> getReviews() {
    if (reviews == null) {
      reviews = cycle.reviews();
    }
    return reviews;
  }

  /** The fiscal years with evaluations the reader may see, oldest first. */
  public List<Integer> getEvaluatedYears() {
    TreeSet<Integer> years = new TreeSet<>();
    evaluationsByKpi().values().forEach(m -> years.addAll(m.keySet()));
    return List.copyOf(years);
  }

  /** True when every evaluation of the year the reader sees is published. */
  public boolean published(int fiscalYear) {
    return evaluationsByKpi().values().stream()
        .map(m -> m.get(fiscalYear))
        .filter(java.util.Objects::nonNull)
        .allMatch(KpiEvaluation::isPublished);
  }

  public List<MeetingSummary> getMeetings() {
    return cycle.meetingsForReview();
  }

  public KpiRating[] getRatings() {
    return KpiRating.values();
  }

  public void setDeadline() {
    steps.run(
        () -> cycle.setDeadline(typedYear(deadlineYear), TypedNumbers.date(day).orElse(null)),
        "vision.done.kpi-deadline",
        "vision/kpis");
  }

  public void evaluate(String kpiKey) {
    steps.run(
        () ->
            cycle.evaluate(
                kpiKey,
                typedYear(evaluationYears.get(kpiKey)),
                typedRating(ratingsTyped.get(kpiKey)),
                factorsTyped.get(kpiKey),
                responsesTyped.get(kpiKey)),
        "vision.done.evaluation",
        "vision/kpis");
  }

  public void recordReview() {
    steps.run(
        () -> {
          if (meetingId == null) {
            throw new VisionRefused("vision.error.meeting-required");
          }
          cycle.recordReview(typedYear(reviewYear), meetingId);
        },
        "vision.done.evaluation-review",
        "vision/kpis");
  }

  public void publish() {
    steps.run(
        () -> cycle.publish(typedYear(publishYear)),
        "vision.done.evaluation-published",
        "vision/kpis");
  }

  private static int typedYear(String year) {
    return TypedNumbers.integer(year).orElseThrow(() -> new VisionRefused("vision.error.kpi-year"));
  }

  private static KpiRating typedRating(String rating) {
    try {
      return rating == null || rating.isBlank() ? null : KpiRating.valueOf(rating);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Per KPI key, the fiscal year its evaluation form is for. */
  public Map<String, String> getEvaluationYears() {
    return evaluationYears;
  }

  /** Per KPI key, the status typed into its evaluation form. */
  public Map<String, String> getRatingsTyped() {
    return ratingsTyped;
  }

  /** Per KPI key, the 要因 typed into its evaluation form. */
  public Map<String, String> getFactorsTyped() {
    return factorsTyped;
  }

  /** Per KPI key, the 対応 typed into its evaluation form. */
  public Map<String, String> getResponsesTyped() {
    return responsesTyped;
  }

  public String getDeadlineYear() {
    return deadlineYear;
  }

  public void setDeadlineYear(String deadlineYear) {
    this.deadlineYear = deadlineYear;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getReviewYear() {
    return reviewYear;
  }

  public void setReviewYear(String reviewYear) {
    this.reviewYear = reviewYear;
  }

  public String getPublishYear() {
    return publishYear;
  }

  public void setPublishYear(String publishYear) {
    this.publishYear = publishYear;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }
}
