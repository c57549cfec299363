package jp.renkei.portal.vision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The vision of one circle. Every query binds the circle, directly or through the version: another
 * circle's id finds nothing.
 */
@ApplicationScoped
public class VisionRepository {

  @PersistenceContext EntityManager em;

  /** All versions of the circle, newest first. */
  public List<VisionVersion> versions(long circleId) {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.circleId = :circle ORDER BY v.number DESC",
            VisionVersion.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public Optional<VisionVersion> version(long circleId, long id) {
    return Optional.ofNullable(em.find(VisionVersion.class, id))
        .filter(v -> v.circleId() == circleId);
  }

  /** A version for a change, locked so that two changes at once cannot both pass a rule. */
  public Optional<VisionVersion> versionForUpdate(long circleId, long id) {
    return version(circleId, id)
        .map(v -> em.find(VisionVersion.class, v.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  public Optional<VisionVersion> withStatus(long circleId, VisionStatus status) {
    return em.createQuery(
            "SELECT v FROM VisionVersion v WHERE v.circleId = :circle AND v.status = :status"
                + " ORDER BY v.number DESC",
            VisionVersion.class)
        .setParameter("circle", circleId)
        .setParameter("status", status)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public int nextNumber(long circleId) {
    Integer max =
        em.createQuery(
                "SELECT MAX(v.number) FROM VisionVersion v WHERE v.circleId = :circle",
                Integer.class)
            .setParameter("circle", circleId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** The versions of one revision cycle, so that deliberation of an earlier draft counts. */
  public List<Long> versionIdsOfCycle(long circleId, int cycle) {
    return em.createQuery(
            "SELECT v.id FROM VisionVersion v WHERE v.circleId = :circle AND v.cycle = :cycle",
            Long.class)
        .setParameter("circle", circleId)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  public List<CommentRound> rounds(long versionId) {
    return em.createQuery(
            "SELECT r FROM CommentRound r WHERE r.versionId = :version ORDER BY r.municipalityCode",
            CommentRound.class)
        .setParameter("version", versionId)
        .getResultList();
  }

  public boolean hasRounds(long versionId) {
    return em.createQuery(
                "SELECT COUNT(r) FROM CommentRound r WHERE r.versionId = :version", Long.class)
            .setParameter("version", versionId)
            .getSingleResult()
        > 0;
  }

  /** The rounds of one municipality, newest draft first. */
  public List<CommentRound> roundsOf(long circleId, String municipalityCode) {
    return em.createQuery(
            "SELECT r FROM CommentRound r, VisionVersion v WHERE r.versionId = v.id"
                + " AND v.circleId = :circle AND r.municipalityCode = :code"
                + " ORDER BY v.number DESC",
            CommentRound.class)
        .setParameter("circle", circleId)
        .setParameter("code", municipalityCode)
        .getResultList();
  }

  public Optional<CommentRound> round(long circleId, long roundId) {
    return Optional.ofNullable(em.find(CommentRound.class, roundId))
        .filter(r -> version(circleId, r.versionId()).isPresent());
  }

  public Optional<CommentRound> roundForUpdate(long circleId, long roundId) {
    return round(circleId, roundId)
        .map(r -> em.find(CommentRound.class, r.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  public List<RoundComment> comments(Collection<Long> roundIds) {
    if (roundIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM RoundComment c WHERE c.roundId IN :rounds ORDER BY c.writtenAt, c.id",
            RoundComment.class)
        .setParameter("rounds", roundIds)
        .getResultList();
  }

  public Optional<RoundComment> comment(long roundId, long commentId) {
    return Optional.ofNullable(em.find(RoundComment.class, commentId))
        .filter(c -> c.roundId() == roundId);
  }

  public List<VisionCopy> copies(long versionId) {
    return em.createQuery(
            "SELECT c FROM VisionCopy c WHERE c.versionId = :version ORDER BY c.municipalityCode",
            VisionCopy.class)
        .setParameter("version", versionId)
        .getResultList();
  }

  public List<VisionCopy> copiesTo(long circleId, Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM VisionCopy c, VisionVersion v WHERE c.versionId = v.id"
                + " AND v.circleId = :circle AND c.municipalityCode IN :codes"
                + " ORDER BY c.sentAt DESC",
            VisionCopy.class)
        .setParameter("circle", circleId)
        .setParameter("codes", codes)
        .getResultList();
  }

  public List<KpiActual> actuals(long circleId) {
    return em.createQuery(
            "SELECT a FROM KpiActual a WHERE a.circleId = :circle ORDER BY a.fiscalYear",
            KpiActual.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public Optional<KpiActual> actual(long circleId, String kpiKey, int fiscalYear) {
    return em.createQuery(
            "SELECT a FROM KpiActual a WHERE a.circleId = :circle AND a.kpiKey = :key"
                + " AND a.fiscalYear = :year",
            KpiActual.class)
        .setParameter("circle", circleId)
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
}
