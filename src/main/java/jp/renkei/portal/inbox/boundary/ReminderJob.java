package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.portal.inbox.control.RunRecord;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.jobs.EachCircle;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Reminders before deadlines: every ten minutes, on the one instance that holds the scheduler's
 * lease, each context's {@link ReminderSource} is asked in each circle what is due today, and what
 * fell due on the days since the circle was last checked (the whole cluster was down): each
 * reminder is announced once by its key. A circle whose sources fail is tried again next time, from
 * the same day; the others go on.
 */
@ApplicationScoped
public class ReminderJob implements ClusterJob {

  @Inject EachCircle eachCircle;
  @Inject @Any Instance<ReminderSource> sources;
  @Inject Notifications notifications;
  @Inject JapanClock clock;
  @Inject RunRecord runs;
  @Inject TenantContext tenant;

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
          String checkpoint = name() + ":" + tenant.circleId();
          ReminderDays days =
              runs.reached(checkpoint)
                  .map(last -> last.plusDays(1))
                  .filter(next -> !next.isAfter(today))
                  .map(next -> new ReminderDays(next, today))
                  .orElse(ReminderDays.only(today));
          for (ReminderSource source : sources) {
            List<ReminderSource.Reminder> due = source.due(days);
            due.forEach(r -> notifications.announceOnce(r.key(), r.announcement()));
          }
          runs.reach(checkpoint, today);
          return 0;
        });
  }
}
