package jp.renkei.portal.platform.jobs;

import java.time.Duration;

/**
 * Scheduled work that must run on one instance of a cluster at a time — the notification
 * dispatcher, reminders, digests. A context provides one as a CDI bean; the {@link JobScheduler}
 * runs it every {@link #every()} on the instance that holds the scheduler's lease, inside a request
 * context of its own.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class Dispatcher implements ClusterJob {
 *   public String name() { return "mail-dispatcher"; }
 *   public Duration every() { return Duration.ofSeconds(2); }
 *   public void run() { … }
 * }
 * }</pre>
 */
public interface ClusterJob {

  /** A short stable name, for the log and the test hook. */
  String name();

  /** How often it runs (at least once per scheduler tick of one second). */
  Duration every();

  /** Does one round of work; must be safe to repeat and to stop half-way. */
  void run();
}
