package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.roundtable.boundary.MeetingSummary;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.search.boundary.SearchIndexing;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiDeadline;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.KpiRating;
import jp.renkei.portal.vision.entity.KpiReport;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The yearly KPI cycle of the adopted vision (要綱 第6(3)⑤ 進捗管理): the central city sets when a fiscal
 * year's actuals are due, the responsible municipalities report them (overdue ones are flagged),
 * the central city evaluates each KPI of the year (達成状況, 要因, 対応), a roundtable meeting reviews the
 * year's evaluation, and the central city publishes it with the vision. Unpublished evaluations are
 * read inside the circle only: the central city, the partners' offices and the roundtable members.
 */
@RequestScoped
public class KpiCycle {

  @Inject TenantContext tenant;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject Roundtable roundtable;
  @Inject NoticeBoard notices;
  @Inject JapanClock clock;
  @Inject SearchIndexing indexing;

  /** One KPI's report of one year, with the municipality responsible. */
  public record Overdue(Kpi kpi, KpiReport report) {}

  public boolean runs() {
    return access.runs();
  }

  /** True for those who read evaluations before they are published. */
  public boolean readsDrafts() {
    return access.runs() || access.isPartnerOffice() || access.isRoundtableMember();
  }

  private Map<Integer, LocalDate> deadlines;

  /** When a fiscal year's actuals are due: as the central city set it, or 30 June after. */
  public LocalDate dueOn(int fiscalYear) {
    if (deadlines == null) {
      deadlines = new HashMap<>();
      repository.deadlines().forEach(d -> deadlines.put(d.fiscalYear(), d.dueOn()));
    }
    return deadlines.getOrDefault(fiscalYear, KpiDeadline.defaultFor(fiscalYear));
  }

  /** The central city sets when a fiscal year's actuals are due. */
  @Transactional
  public void setDeadline(int fiscalYear, LocalDate day) {
    access.requireRuns();
    Optional<KpiDeadline> existing = repository.deadline(fiscalYear);
    KpiDeadline deadline = existing.orElseGet(() -> new KpiDeadline(tenant.circleId(), fiscalYear));
    deadline.set(day, access.username(), clock.localNow());
    if (existing.isEmpty()) {
      repository.add(deadline);
    }
    deadlines = null;
  }

  /**
   * The years a KPI reports on so far — after its baseline year up to its target year and the
   * current fiscal year — each with where its report stands today.
   */
  public List<KpiReport> reports(Kpi kpi, List<KpiActual> actuals) {
    Set<Integer> reported = new HashSet<>();
    actuals.stream()
        .filter(a -> a.kpiKey().equals(kpi.key()))
        .forEach(a -> reported.add(a.fiscalYear()));
    return KpiReport.yearsOf(kpi, reported, this::dueOn, clock.today(), clock.fiscalYear());
  }

  /** The adopted vision's reports past their deadline, for the central city and the page. */
  public List<Overdue> overdue() {
    Optional<VisionVersion> adopted = repository.withStatus(VisionStatus.ADOPTED);
    if (adopted.isEmpty()) {
      return List.of();
    }
    List<KpiActual> actuals = repository.actuals();
    List<Overdue> overdue = new ArrayList<>();
    for (Kpi kpi : adopted.get().kpis()) {
      reports(kpi, actuals).stream()
          .filter(KpiReport::isOverdue)
          .forEach(r -> overdue.add(new Overdue(kpi, r)));
    }
    return overdue;
  }

  /** The evaluations the caller may read: every one inside the circle, the published ones else. */
  public List<KpiEvaluation> evaluations() {
    return readsDrafts() ? repository.evaluations() : repository.publishedEvaluations();
  }

  /**
   * The central city writes (or rewrites) a KPI's evaluation of a fiscal year; refused without the
   * year's actual, and once the year's evaluation is published.
   */
  @Transactional
  public void evaluate(
      String kpiKey, int fiscalYear, KpiRating rating, String factors, String response) {
    access.requireRuns();
    VisionVersion vision =
        repository
            .withStatus(VisionStatus.ADOPTED)
            .orElseThrow(() -> new VisionRefused("vision.error.none-adopted"));
    vision.kpi(kpiKey).orElseThrow(() -> new NotFoundException("kpi " + kpiKey));
    Optional<KpiEvaluation> existing = repository.evaluationForUpdate(kpiKey, fiscalYear);
    if (existing.isPresent()) {
      existing.get().revise(rating, factors, response, access.username(), clock.localNow());
      return;
    }
    repository.add(
        new KpiEvaluation(
            tenant.circleId(),
            kpiKey,
            fiscalYear,
            repository.actual(kpiKey, fiscalYear).isPresent(),
            rating,
            factors,
            response,
            access.username(),
            clock.localNow()));
  }

  /** Per fiscal year, the roundtable meeting that reviewed its evaluation. */
  public Map<Integer, MeetingSummary> reviews() {
    return roundtable.evaluationReviews();
  }

  /** Meetings a year's evaluation can be put to: those whose minutes are not published yet. */
  public List<MeetingSummary> meetingsForReview() {
    return roundtable.openMeetings();
  }

  /** Records that a roundtable meeting reviews a fiscal year's evaluation. */
  @Transactional
  public void recordReview(int fiscalYear, long meetingId) {
    access.requireRuns();
    if (repository.evaluations().stream().noneMatch(e -> e.fiscalYear() == fiscalYear)) {
      throw new VisionRefused("vision.error.evaluation-none");
    }
    roundtable.recordEvaluationReview(meetingId, fiscalYear);
  }

  /**
   * Publishes a fiscal year's evaluations with the vision, with a notice: once a roundtable meeting
   * reviewed them (held, with minutes). Evaluations of the year written after stay unpublished
   * until published again.
   */
  @Transactional
  public void publish(int fiscalYear) {
    access.requireRuns();
    List<KpiEvaluation> ofYear =
        repository.evaluations().stream()
            .filter(e -> e.fiscalYear() == fiscalYear && !e.isPublished())
            .toList();
    if (ofYear.isEmpty()) {
      throw new VisionRefused("vision.error.evaluation-none");
    }
    MeetingSummary review = reviews().get(fiscalYear);
    if (review == null || !review.hasDeliberated()) {
      throw new VisionRefused("vision.error.evaluation-not-reviewed");
    }
    for (KpiEvaluation evaluation : ofYear) {
      repository
          .evaluationForUpdate(evaluation.kpiKey(), fiscalYear)
          .ifPresent(e -> e.publish(clock.localNow()));
    }
    repository
        .withStatus(VisionStatus.ADOPTED)
        .ifPresent(v -> indexing.changed(VisionSearch.NAME, v.id()));
    notices.publish(
        NoticeKind.VISION_EVALUATION,
        "vision/kpis",
        "notice.vision.evaluation",
        locale -> new Object[] {OfficialDates.fiscalYear(fiscalYear, locale)});
  }
}
