package jp.renkei.portal.agreement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.ClauseComment;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.platform.tenancy.TenantContext;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * The agreements of the request's circle. Every query binds the circle of the {@link
 * TenantContext}; council comments are reached through their version's agreement: an id from
 * another circle finds nothing.
 */
@ApplicationScoped
public class AgreementRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /**
   * All agreements of the circle with their versions in one query, and the versions' initiatives
   * and lifecycle records in one more query each, whatever the number of agreements.
   */
  public List<Agreement> ofCircle() {
    return withVersionDetails(
            em.createQuery(
                "SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions"
                    + " WHERE a.circleId = :circle ORDER BY a.id",
                Agreement.class))
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /**
   * Loads the element collections of the versions the query reads in a batch driven by the query
   * itself (IN on the ids it read). Declared on the mappings instead, EclipseLink 4.0 builds the
   * batch from the versions' own relationship query and fails (EclipseLink-6094/6169).
   */
  private static <T> TypedQuery<T> withVersionDetails(TypedQuery<T> query) {
    return query
        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .setHint(QueryHints.BATCH, "a.versions.initiatives")
        .setHint(QueryHints.BATCH, "a.versions.resolutions")
        .setHint(QueryHints.BATCH, "a.versions.promulgations")
        .setHint(QueryHints.BATCH, "a.versions.filings");
  }

  public Optional<Agreement> find(long id) {
    return em.createNamedQuery(Agreement.ONE_WITH_VERSIONS, Agreement.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** The agreement for a change: locked, so that two steps at once cannot both pass a gate. */
  public Optional<Agreement> findForUpdate(long id) {
    return find(id)
        .map(a -> em.find(Agreement.class, a.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  /**
   * The one query that reads across circles: for every agreement with a concluded version, its
   * circle, partner, central city, and its concluded versions' numbers, kinds and lapse days,
   * newest first. Only what is public — concluded versions — is read.
   */
  public List<Object[]> concludedVersionsOfAllCircles() {
    return em.createQuery(
            "SELECT a.circleId, a.partnerCode, a.id, v.number, v.kind, v.lapsedOn, a.centralCode"
                + " FROM Agreement a"
                + " JOIN a.versions v WHERE v.status IN :concluded"
                + " ORDER BY a.id, v.number DESC",
            Object[].class)
        .setParameter(
            "concluded",
            java.util.Arrays.stream(VersionStatus.values())
                .filter(VersionStatus::isConcluded)
                .toList())
        .getResultList();
  }

  /** True when the circle has an agreement with this municipality that was not abolished. */
  public boolean bindsPartner(String partnerCode) {
    return ofCircle().stream()
        .anyMatch(a -> a.partnerCode().equals(partnerCode) && !a.isAbolished());
  }

  public void addComment(ClauseComment comment) {
    em.persist(comment);
  }

  /** The council members' comments on one version of an agreement of the circle. */
  public List<ClauseComment> commentsOn(long versionId) {
    return em.createQuery(
            "SELECT c FROM ClauseComment c, AgreementVersion v WHERE c.versionId = v.id"
                + " AND v.id = :version AND v.agreement.circleId = :circle"
                + " ORDER BY c.createdAt, c.id",
            ClauseComment.class)
        .setParameter("version", versionId)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public void add(Agreement agreement) {
    em.persist(agreement);
  }

  public void flush() {
    em.flush();
  }
}
