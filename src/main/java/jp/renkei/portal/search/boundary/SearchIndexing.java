package jp.renkei.portal.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.search.entity.SearchChange;

/**
 * Records that a searchable record of the request's circle changed, in the transaction of the
 * change: a change that rolls back leaves the index as it was, a committed one reaches every
 * instance's index within seconds.
 *
 * <pre>{@code
 * indexing.changed("agreement", agreement.id());
 * }</pre>
 */
@ApplicationScoped
public class SearchIndexing {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;
  @Inject CurrentCaller caller;

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String source, long record) {
    changedIn(tenant.circleId(), source, record);
  }

  /** The same for a circle that is not the request's (one being created). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changedIn(long circleId, String source, long record) {
    em.persist(new SearchChange(source, record, circleId, clock.localNow()));
  }

  /**
   * The portal administrator asks every instance to rebuild its index from the database: each does
   * so in the background at its next round, searches meanwhile using what the index has.
   */
  @Transactional
  public void requestRebuild() {
    if (!caller.get().hasRole(PortalRole.PORTAL_ADMIN)) {
      throw new ForbiddenException("search index rebuild");
    }
    em.createNativeQuery("UPDATE search_rebuild SET requested_at = ?1 WHERE id = 1")
        .setParameter(1, clock.localNow())
        .executeUpdate();
  }
}
