package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.jobs.EachCircle;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Reminders before deadlines: every ten minutes, on the one instance that holds the scheduler's
 * lease, each context's {@link ReminderSource} is asked in each circle what is due today; each
 * reminder is announced once by its key. A circle whose sources fail is tried again next time; the
 * others go on.
 */
@ApplicationScoped
public class ReminderJob implements ClusterJob {

  @Inject EachCircle eachCircle;
  @Inject @Any Instance<ReminderSource> sources;
  @Inject Notifications notifications;
  @Inject JapanClock clock;

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(10);
  }

  @Override
  public void run() {
    LocalDate today = clock.today();
    eachCircle.run(
        "Reminders",
        () -> {
          for (ReminderSource source : sources) {
            List<ReminderSource.Reminder> due = source.dueOn(today);
            due.forEach(r -> notifications.announceOnce(r.key(), r.announcement()));
          }
          return 0;
        });
  }
}
