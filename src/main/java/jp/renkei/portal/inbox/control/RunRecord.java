package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import jp.renkei.portal.inbox.entity.JobCheckpoint;
import jp.renkei.portal.inbox.entity.ReminderSent;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * What the scheduled jobs did once and must not do again — a reminder sent, a day's digests — kept
 * by a key in the database, so that neither a restart nor a second instance repeats it; and how far
 * a job has looked, so that it sees what it missed while no instance ran.
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

  /** The last day the job under this key looked at, if it ever did. */
  public Optional<LocalDate> reached(String key) {
    return Optional.ofNullable(em.find(JobCheckpoint.class, key)).map(JobCheckpoint::reachedOn);
  }

  /**
   * Records that the job under this key has looked at this day (a clock set back moves it back).
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void reach(String key, LocalDate day) {
    JobCheckpoint checkpoint = em.find(JobCheckpoint.class, key);
    if (checkpoint == null) {
      em.persist(new JobCheckpoint(key, day));
    } else {
      checkpoint.reach(day);
    }
  }
}
