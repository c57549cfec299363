package jp.renkei.portal.inbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.mail.MailServer;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Delivers the outbox, every two seconds on the one instance that holds the scheduler's lease:
 * first it turns new events into notifications (one per recipient, as each chose to hear of the
 * category), then it mails the ones due at once over one SMTP connection, a few per transaction.
 * Keycloak or the mail server away: the work waits for its next try, never dropped.
 */
@ApplicationScoped
public class Dispatcher implements ClusterJob {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  /** Events resolved per round: each is one request to Keycloak. */
  static final int EVENTS_PER_ROUND = 50;

  /** Mails sent per transaction: at most these go out twice if the instance dies mid-way. */
  static final int MAILS_PER_TRANSACTION = 20;

  /** Mails per round, so that a large notice does not hold the scheduler for long. */
  static final int MAILS_PER_ROUND = 2000;

  /** How long a stopping instance waits for the transaction of mails it is sending. */
  static final Duration FINISH_SENDING = Duration.ofSeconds(10);

  /**
   * Held while a transaction's mails go out and are marked sent. An instance stopped in the middle
   * of a burst (measured in the fault suite: an operator's restart) had its transaction rolled back
   * by the shutdown after the mails had left, and the next instance sent those twenty again; now
   * the stop waits for the transaction to commit and no new one begins. Waiting was not enough
   * alone: twenty mails take ~200 ms here, and Payara began stopping its services ~70 ms after the
   * signal (measured), so the transaction now also stops sending at the next mail and commits the
   * ones sent.
   */
  private final ReentrantLock sending = new ReentrantLock();

  private volatile boolean stopping;

  @Inject NotificationStore store;
  @Inject Deliveries deliveries;
  @Inject MailServer mail;
  @Inject JapanClock clock;

  @Override
  public String name() {
    return "notifications";
  }

  @Override
  public Duration every() {
    return Duration.ofSeconds(2);
  }

  @Override
  public void run() {
    for (long event : store.eventsToResolve(clock.localNow(), EVENTS_PER_ROUND)) {
      deliveries.resolve(event);
    }
    List<Long> due = store.mailDue(clock.localNow(), MAILS_PER_ROUND);
    if (due.isEmpty()) {
      return;
    }
    try (MailServer.Connection connection = mail.connect()) {
      for (int from = 0; from < due.size(); from += MAILS_PER_TRANSACTION) {
        if (stopping) {
          LOG.log(Level.INFO, "Stopping: {0} mails left to the next instance", due.size() - from);
          return;
        }
        sending.lock();
        try {
          deliveries.send(
              due.subList(from, Math.min(due.size(), from + MAILS_PER_TRANSACTION)),
              connection,
              () -> stopping);
        } finally {
          sending.unlock();
        }
      }
    } catch (MailServer.Unreachable e) {
      LOG.log(Level.INFO, "Mail server unreachable; {0} mails wait for their next try", due.size());
      deliveries.postpone(due, e.getMessage());
    }
  }

  /**
   * Payara Micro stopped by its operator (SIGTERM) stops the portal from its own shutdown hook:
   * {@code @PreDestroy} comes ~250 ms after the signal (measured 3 December; in an earlier
   * measurement not at all), too late for the transaction being sent. So the stop is also heard as
   * the JVM's own shutdown, whose hooks all start at the signal.
   */
  private final Thread onShutdown = new Thread(this::finishTheMailsBeingSent, "dispatcher-stop");

  @PostConstruct
  void hearTheStop() {
    Runtime.getRuntime().addShutdownHook(onShutdown);
  }

  @PreDestroy
  void stopHearing() {
    finishTheMailsBeingSent();
    try {
      Runtime.getRuntime().removeShutdownHook(onShutdown);
    } catch (IllegalStateException e) {
      // The JVM is shutting down already: the hook has run.
    }
  }

  void finishTheMailsBeingSent() {
    stopping = true;
    try {
      if (sending.tryLock(FINISH_SENDING.toMillis(), TimeUnit.MILLISECONDS)) {
        sending.unlock();
      } else {
        LOG.warning("Stopped while mails were being sent: the next instance may send those again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
