package jp.renkei.portal.roundtable.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.roundtable.entity.RoundtableMember;

/**
 * The roundtable of the request's circle. Every query binds the circle of the {@link
 * TenantContext}: another circle's id finds nothing.
 */
@ApplicationScoped
public class RoundtableRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Every member the circle ever had, by sector then name. */
  public List<RoundtableMember> members() {
    return em.createQuery(
            "SELECT m FROM RoundtableMember m WHERE m.circleId = :circle"
                + " ORDER BY m.sector, m.termEnd DESC, m.name",
            RoundtableMember.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public List<RoundtableMember> members(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM RoundtableMember m WHERE m.circleId = :circle AND m.id IN :ids",
            RoundtableMember.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<RoundtableMember> member(long id) {
    return em.createQuery(
            "SELECT m FROM RoundtableMember m WHERE m.id = :id AND m.circleId = :circle",
            RoundtableMember.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /**
   * Meetings of the circle, newest first; with {@code publishedOnly}, those with public minutes.
   */
  public List<RoundtableMeeting> meetings(boolean publishedOnly, int max) {
    return em.createQuery(
            "SELECT m FROM RoundtableMeeting m WHERE m.circleId = :circle"
                + (publishedOnly ? " AND m.minutesPublishedAt IS NOT NULL" : "")
                + " ORDER BY m.heldAt DESC, m.id DESC",
            RoundtableMeeting.class)
        .setParameter("circle", tenant.circleId())
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<RoundtableMeeting> meeting(long id) {
    return em.createQuery(
            "SELECT m FROM RoundtableMeeting m WHERE m.id = :id AND m.circleId = :circle",
            RoundtableMeeting.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** The meeting for a change, locked so that two changes at once cannot both pass a rule. */
  public Optional<RoundtableMeeting> meetingForUpdate(long id) {
    return meeting(id)
        .map(
            m -> em.find(RoundtableMeeting.class, m.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  /**
   * The circle's meetings whose minutes are prepared for a time that has come, locked so that each
   * is published once.
   */
  public List<RoundtableMeeting> minutesDue(java.time.LocalDateTime now) {
    return em.createQuery(
            "SELECT m FROM RoundtableMeeting m WHERE m.circleId = :circle"
                + " AND m.minutesPublishAt <= :now AND m.minutesPublishedAt IS NULL ORDER BY m.id",
            RoundtableMeeting.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("now", now)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The circle's meetings that reviewed a fiscal year's KPI evaluation, oldest first. */
  public List<RoundtableMeeting> evaluationReviews() {
    return em.createQuery(
            "SELECT m FROM RoundtableMeeting m WHERE m.circleId = :circle"
                + " AND m.evaluationYear IS NOT NULL ORDER BY m.heldAt, m.id",
            RoundtableMeeting.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** The meetings of the circle that deliberated one of these vision versions. */
  public List<RoundtableMeeting> deliberating(Collection<Long> visionVersionIds) {
    if (visionVersionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM RoundtableMeeting m WHERE m.circleId = :circle"
                + " AND m.visionVersionId IN :versions ORDER BY m.heldAt",
            RoundtableMeeting.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("versions", visionVersionIds)
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
