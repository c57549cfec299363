package jp.renkei.portal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Which instance of a cluster runs the scheduled jobs: a lease row in the shared database that one
 * instance holds and renews. When it stops renewing (it died, or lost the database), another takes
 * the lease once it has expired. Works the same on PostgreSQL and the embedded H2, and needs no
 * clock agreement beyond the database's rows being compared with each instance's clock (kept well
 * inside the lease's margin by NTP).
 */
@ApplicationScoped
public class ClusterLease {

  /** How long a lease lasts without renewal: another instance takes over within this. */
  public static final Duration TERM = Duration.ofSeconds(20);

  static final String SCHEDULER = "scheduler";

  @PersistenceContext EntityManager em;

  /**
   * This instance: its cluster name (Payara's jvmRoute, e.g. node1) where it has one, and a UUID.
   */
  private final String me = System.getProperty("jvmRoute", "portal") + "/" + UUID.randomUUID();

  /** Takes or renews the lease; true when this instance holds it now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean hold(String name) {
    Instant now = Instant.now();
    int updated =
        em.createNativeQuery(
                "UPDATE job_lease SET holder = ?1, expires_at = ?2"
                    + " WHERE name = ?3 AND (holder = ?1 OR expires_at < ?4)")
            .setParameter(1, me)
            .setParameter(2, utc(now.plus(TERM)))
            .setParameter(3, name)
            .setParameter(4, utc(now))
            .executeUpdate();
    return updated == 1;
  }

  /** Gives the lease up at once (shutdown), so that another instance need not wait for it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String name) {
    em.createNativeQuery(
            "UPDATE job_lease SET holder = '', expires_at = ?1 WHERE name = ?2 AND holder = ?3")
        .setParameter(1, utc(Instant.EPOCH))
        .setParameter(2, name)
        .setParameter(3, me)
        .executeUpdate();
  }

  public String instance() {
    return me;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
