package jp.renkei.portal.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.persistence.SchemaMigration;
import jp.renkei.portal.platform.security.CurrentCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link ClusterJob} of the portal on the one instance that holds the {@link
 * ClusterLease}: each second every instance's timer fires, renews (or tries to take) the lease, and
 * only the holder runs the jobs that are due. The timer is a non-persistent EJB timer — Payara does
 * not coordinate those across instances, the lease row in the shared database does. A job that
 * fails is logged and tried again at its next turn; the timer never runs two ticks at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

  @Inject @Any Instance<ClusterJob> jobs;
  @Inject SchemaMigration migration;
  @Inject ClusterLease lease;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "renkei.jobs.enabled", defaultValue = "true")
  boolean enabled;

  private final Map<String, Instant> nextRun = new HashMap<>();
  private volatile boolean holding;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    if (!enabled || !migration.isMigrated()) {
      return;
    }
    try {
      holding = lease.hold(ClusterLease.SCHEDULER);
    } catch (RuntimeException e) {
      holding = false;
      LOG.log(Level.FINE, "Could not reach the lease; no jobs this second", e);
      return;
    }
    if (!holding) {
      return;
    }
    Instant now = Instant.now();
    for (ClusterJob job : jobs) {
      if (!now.isBefore(nextRun.getOrDefault(job.name(), Instant.EPOCH))) {
        nextRun.put(job.name(), now.plus(job.every()));
        runNow(job);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (holding) {
      try {
        lease.release(ClusterLease.SCHEDULER);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not give the lease up; it expires by itself", e);
      }
    }
  }

  /** Runs one job now on this instance, as nobody (the scheduler has no caller). */
  public void runNow(ClusterJob job) {
    caller.unattended();
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job " + job.name() + " failed; it runs again at its next turn", e);
    }
  }

  /** The job with this name, for the test hook that runs one at once. */
  public Optional<ClusterJob> job(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /** True when this instance holds the lease and runs the jobs. */
  public boolean isHolding() {
    return holding;
  }
}
