package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.mail.MailServer;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * The digests: at seven in the morning, Japan time, one mail to each person who chose a daily
 * digest listing everything since the last; on Mondays the weekly ones. Each day's run is recorded,
 * so a restart or a second instance does not send it twice; a run cut short goes on where it
 * stopped (what was sent is marked sent).
 */
@ApplicationScoped
public class DigestJob implements ClusterJob {

  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  /** When the digests go out: before the offices open. */
  static final LocalTime SEND_AT = LocalTime.of(7, 0);

  @Inject NotificationStore store;
  @Inject Deliveries deliveries;
  @Inject RunRecord runs;
  @Inject MailServer mail;
  @Inject JapanClock clock;

  @Override
  public String name() {
    return "digests";
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(1);
  }

  @Override
  public void run() {
    LocalDateTime now = clock.localNow();
    if (now.toLocalTime().isBefore(SEND_AT)) {
      return;
    }
    send(Frequency.DAILY, "digest:daily:" + now.toLocalDate());
    if (now.getDayOfWeek() == DayOfWeek.MONDAY) {
      send(Frequency.WEEKLY, "digest:weekly:" + now.toLocalDate());
    }
  }

  private void send(Frequency frequency, String runKey) {
    if (runs.done(runKey)) {
      return;
    }
    List<String> recipients = store.digestRecipients(frequency);
    if (!recipients.isEmpty()) {
      try (MailServer.Connection connection = mail.connect()) {
        for (String recipient : recipients) {
          deliveries.sendDigest(recipient, frequency, connection);
        }
      } catch (MailServer.Unreachable e) {
        LOG.log(
            Level.INFO,
            "Mail server unreachable; the {0} digests go out at the next try",
            frequency);
        return;
      }
    }
    runs.record(runKey);
  }
}
