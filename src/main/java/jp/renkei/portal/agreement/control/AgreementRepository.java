package jp.renkei.portal.agreement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.agreement.entity.Agreement;

/**
 * Agreements of one circle. Every query binds the circle: an id from another circle finds nothing.
 */
@ApplicationScoped
public class AgreementRepository {

  @PersistenceContext EntityManager em;

  /** All agreements of the circle with their versions, in one query. */
  public List<Agreement> ofCircle(long circleId) {
    return em.createQuery(
            "SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions"
                + " WHERE a.circleId = :circle ORDER BY a.id",
            Agreement.class)
        .setParameter("circle", circleId)
        .getResultList();
  }

  public Optional<Agreement> find(long circleId, long id) {
    return em.createQuery(
            "SELECT a FROM Agreement a WHERE a.id = :id AND a.circleId = :circle", Agreement.class)
        .setParameter("id", id)
        .setParameter("circle", circleId)
        .getResultStream()
        .findFirst();
  }

  /** The agreement for a change: locked, so that two steps at once cannot both pass a gate. */
  public Optional<Agreement> findForUpdate(long circleId, long id) {
    return find(circleId, id)
        .map(a -> em.find(Agreement.class, a.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  public boolean existsFor(long circleId, String partnerCode) {
    return !em.createQuery(
            "SELECT a.id FROM Agreement a WHERE a.circleId = :circle AND a.partnerCode = :partner",
            Long.class)
        .setParameter("circle", circleId)
        .setParameter("partner", partnerCode)
        .getResultList()
        .isEmpty();
  }

  public void addComment(jp.renkei.portal.agreement.entity.ClauseComment comment) {
    em.persist(comment);
  }

  public List<jp.renkei.portal.agreement.entity.ClauseComment> commentsOn(long versionId) {
    return em.createQuery(
            "SELECT c FROM ClauseComment c WHERE c.versionId = :version ORDER BY c.createdAt, c.id",
            jp.renkei.portal.agreement.entity.ClauseComment.class)
        .setParameter("version", versionId)
        .getResultList();
  }

  public void add(Agreement agreement) {
    em.persist(agreement);
  }

  public void flush() {
    em.flush();
  }
}
