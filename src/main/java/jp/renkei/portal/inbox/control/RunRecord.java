package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.renkei.portal.inbox.entity.ReminderSent;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * What the scheduled jobs did once and must not do again — a reminder sent, a day's digests — kept
 * by a key in the database, so that neither a restart nor a second instance repeats it.
 */
@ApplicationScoped
public class RunRecord {

  @PersistenceContext EntityManager em;
  @Inject JapanClock clock;

  public boolean done(String key) {
    return em.find(ReminderSent.class, key) != null;
  }

  /** Records the key in the caller's transaction; a second record of it fails that transaction. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String key) {
    em.persist(new ReminderSent(key, clock.localNow()));
    em.flush();
  }
}
