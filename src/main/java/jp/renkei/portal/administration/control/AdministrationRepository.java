package jp.renkei.portal.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The invitations into circles: those still open in the request's circle, and — for the invited
 * person, who is in no circle yet — the one a link's secret belongs to.
 */
@ApplicationScoped
public class AdministrationRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The invitation whose link carries this secret (only its SHA-256 is stored), in any circle. */
  public Optional<Invitation> invitationByTokenHash(String hash) {
    return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** The invitations of the request's circle nobody has accepted yet, newest first. */
  public List<Invitation> openInvitations() {
    return em.createQuery(
            "SELECT i FROM Invitation i WHERE i.circleId = :circle AND i.acceptedAt IS NULL"
                + " ORDER BY i.invitedAt DESC",
            Invitation.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
