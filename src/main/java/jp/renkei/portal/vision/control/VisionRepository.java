package jp.renkei.portal.vision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.ComparisonMunicipality;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiDeadline;
import jp.renkei.portal.vision.entity.KpiEvaluation;
import jp.renkei.portal.vision.entity.PopulationActual;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionFiling;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The vision of the request's circle. Every query binds the circle of the {@link TenantContext}:
 * rounds, their comments and the copies are reached by a join to their version, so another circle's
 * id finds nothing.
 */
@ApplicationScoped
public class VisionRepository {

  private static final String ROUND_OF_CIRCLE = " r.versionId = v.id AND v.circleId = :circle";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** All versions of the circle, newest first. */
  public List<VisionVersion> versions() {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.circleId = :circle ORDER BY v.number DESC",
            VisionVersion.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<VisionVersion> version(long id) {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.id = :id AND v.circleId = :circle",
            VisionVersion.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** A version for a change, locked so that two changes at once cannot both pass a rule. */
  public Optional<VisionVersion> versionForUpdate(long id) {
    return version(id)
        .map(v -> em.find(VisionVersion.class, v.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  /**
   * The circle's drafts prepared for adoption at a time that has come, locked: each adopted once.
   */
  public List<VisionVersion> adoptionsDue(java.time.LocalDateTime now) {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.circleId = :circle AND v.status = :draft"
                + " AND v.adoptAt <= :now ORDER BY v.number",
            VisionVersion.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("draft", VisionStatus.DRAFT)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public Optional<VisionVersion> withStatus(VisionStatus status) {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.circleId = :circle AND v.status = :status"
                + " ORDER BY v.number DESC",
            VisionVersion.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("status", status)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public int nextNumber() {
    Integer max =
        em.createQuery(
                "SELECT MAX(v.number) FROM VisionVersion v WHERE v.circleId = :circle",
                Integer.class)
            .setParameter("circle", tenant.circleId())
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** The versions of one revision cycle, so that deliberation of an earlier draft counts. */
  public List<Long> versionIdsOfCycle(int cycle) {
    return em.createQuery(
            "SELECT v.id FROM VisionVersion v WHERE v.circleId = :circle AND v.cycle = :cycle",
            Long.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("cycle", cycle)
        .getResultList();
  }

  /** The rounds on one version of the circle, by partner. */
  public List<CommentRound> rounds(long versionId) {
    return em.createQuery(
            "SELECT r FROM CommentRound r, VisionVersion v WHERE"
                + ROUND_OF_CIRCLE
                + " AND v.id = :version ORDER BY r.municipalityCode",
            CommentRound.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("version", versionId)
        .getResultList();
  }

  public boolean hasRounds(long versionId) {
    return em.createQuery(
                "SELECT COUNT(r) FROM CommentRound r, VisionVersion v WHERE"
                    + ROUND_OF_CIRCLE
                    + " AND v.id = :version",
                Long.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("version", versionId)
            .getSingleResult()
        > 0;
  }

  /** The rounds of one municipality, newest draft first. */
  public List<CommentRound> roundsOf(String municipalityCode) {
    return em.createQuery(
            "SELECT r FROM CommentRound r, VisionVersion v WHERE"
                + ROUND_OF_CIRCLE
                + " AND r.municipalityCode = :code ORDER BY v.number DESC",
            CommentRound.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("code", municipalityCode)
        .getResultList();
  }

  public Optional<CommentRound> round(long roundId) {
    return em.createQuery(
            "SELECT r FROM CommentRound r, VisionVersion v WHERE"
                + ROUND_OF_CIRCLE
                + " AND r.id = :round",
            CommentRound.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("round", roundId)
        .getResultStream()
        .findFirst();
  }

  public Optional<CommentRound> roundForUpdate(long roundId) {
    return round(roundId)
        .map(r -> em.find(CommentRound.class, r.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  /** The comments in these rounds of the circle, oldest first. */
  public List<RoundComment> comments(Collection<Long> roundIds) {
    if (roundIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM RoundComment c, CommentRound r, VisionVersion v WHERE c.roundId = r.id"
                + " AND"
                + ROUND_OF_CIRCLE
                + " AND r.id IN :rounds ORDER BY c.writtenAt, c.id",
            RoundComment.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("rounds", roundIds)
        .getResultList();
  }

  public Optional<RoundComment> comment(long roundId, long commentId) {
    return em.createQuery(
            "SELECT c FROM RoundComment c, CommentRound r, VisionVersion v WHERE c.roundId = r.id"
                + " AND"
                + ROUND_OF_CIRCLE
                + " AND r.id = :round AND c.id = :comment",
            RoundComment.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("round", roundId)
        .setParameter("comment", commentId)
        .getResultStream()
        .findFirst();
  }

  /** The copies of an adopted version of the circle sent to its partners (第6(6)). */
  public List<VisionCopy> copies(long versionId) {
    return em.createQuery(
            "SELECT c FROM VisionCopy c, VisionVersion v WHERE c.versionId = v.id"
                + " AND v.circleId = :circle AND v.id = :version ORDER BY c.municipalityCode",
            VisionCopy.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("version", versionId)
        .getResultList();
  }

  /** The copies of an adopted version sent on to governors and the Ministry (第7(3)). */
  public List<VisionFiling> filings(long versionId) {
    return em.createQuery(
            "SELECT f FROM VisionFiling f, VisionVersion v WHERE f.versionId = v.id"
                + " AND v.circleId = :circle AND v.id = :version ORDER BY f.id",
            VisionFiling.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("version", versionId)
        .getResultList();
  }

  /** The circle's copies sent on and not yet acknowledged, for the prefectures' inboxes. */
  public List<VisionFiling> unacknowledgedFilings() {
    return em.createQuery(
            "SELECT f FROM VisionFiling f, VisionVersion v WHERE f.versionId = v.id"
                + " AND v.circleId = :circle AND f.sent.acknowledgedOn IS NULL ORDER BY f.id",
            VisionFiling.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** One copy sent on, of a version of the circle, locked for the acknowledgement. */
  public Optional<VisionFiling> filingForUpdate(long filingId) {
    return em.createQuery(
            "SELECT f FROM VisionFiling f, VisionVersion v WHERE f.versionId = v.id"
                + " AND v.circleId = :circle AND f.id = :filing",
            VisionFiling.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("filing", filingId)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The joint central cities' approvals of a draft (要綱 第9). */
  public List<jp.renkei.portal.vision.entity.JointApproval> jointApprovals(long versionId) {
    return em.createQuery(
            "SELECT a FROM JointApproval a, VisionVersion v WHERE a.versionId = v.id"
                + " AND v.circleId = :circle AND v.id = :version ORDER BY a.id",
            jp.renkei.portal.vision.entity.JointApproval.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("version", versionId)
        .getResultList();
  }

  public List<VisionCopy> copiesTo(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM VisionCopy c, VisionVersion v WHERE c.versionId = v.id"
                + " AND v.circleId = :circle AND c.municipalityCode IN :codes"
                + " ORDER BY c.sentAt DESC",
            VisionCopy.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("codes", codes)
        .getResultList();
  }

  public List<KpiActual> actuals() {
    return em.createQuery(
            "SELECT a FROM KpiActual a WHERE a.circleId = :circle ORDER BY a.fiscalYear",
            KpiActual.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** When the actuals of a fiscal year are due: as the central city set it, or 30 June after. */
  public java.time.LocalDate kpiDueOn(int fiscalYear) {
    return deadline(fiscalYear).map(KpiDeadline::dueOn).orElse(KpiDeadline.defaultFor(fiscalYear));
  }

  /** The deadlines the central city set, every year. */
  public List<KpiDeadline> deadlines() {
    return em.createQuery(
            "SELECT d FROM KpiDeadline d WHERE d.circleId = :circle ORDER BY d.fiscalYear",
            KpiDeadline.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<KpiDeadline> deadline(int fiscalYear) {
    return em.createQuery(
            "SELECT d FROM KpiDeadline d WHERE d.circleId = :circle AND d.fiscalYear = :year",
            KpiDeadline.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("year", fiscalYear)
        .getResultStream()
        .findFirst();
  }

  /** The circle's KPI evaluations, every year; published or not (the caller filters). */
  public List<KpiEvaluation> evaluations() {
    return em.createQuery(
            "SELECT e FROM KpiEvaluation e WHERE e.circleId = :circle"
                + " ORDER BY e.fiscalYear, e.id",
            KpiEvaluation.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** The circle's published KPI evaluations, every year: public. */
  public List<KpiEvaluation> publishedEvaluations() {
    return em.createQuery(
            "SELECT e FROM KpiEvaluation e WHERE e.circleId = :circle"
                + " AND e.publishedAt IS NOT NULL ORDER BY e.fiscalYear, e.id",
            KpiEvaluation.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** One KPI's evaluation of a year, locked for a change. */
  public Optional<KpiEvaluation> evaluationForUpdate(String kpiKey, int fiscalYear) {
    return em.createQuery(
            "SELECT e FROM KpiEvaluation e WHERE e.circleId = :circle AND e.kpiKey = :key"
                + " AND e.fiscalYear = :year",
            KpiEvaluation.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("key", kpiKey)
        .setParameter("year", fiscalYear)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<KpiActual> actual(String kpiKey, int fiscalYear) {
    return em.createQuery(
            "SELECT a FROM KpiActual a WHERE a.circleId = :circle AND a.kpiKey = :key"
                + " AND a.fiscalYear = :year",
            KpiActual.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("key", kpiKey)
        .setParameter("year", fiscalYear)
        .getResultStream()
        .findFirst();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** The circle's population figures, by year and municipality. */
  public List<PopulationActual> populationActuals() {
    return em.createQuery(
            "SELECT p FROM PopulationActual p WHERE p.circleId = :circle"
                + " ORDER BY p.year, p.municipalityCode",
            PopulationActual.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** The municipalities the central city named for the outcome monitor, by name. */
  public List<ComparisonMunicipality> comparisons() {
    return em.createQuery(
            "SELECT c FROM ComparisonMunicipality c WHERE c.key.circleId = :circle"
                + " ORDER BY c.key.code",
            ComparisonMunicipality.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<ComparisonMunicipality> comparison(String code) {
    return comparisons().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public void remove(ComparisonMunicipality comparison) {
    em.remove(comparison);
  }

  public void add(PopulationActual actual) {
    em.persist(actual);
  }
}
