package jp.renkei.portal.inbox.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * The days a run of the reminder job answers for: today, and the days since its last run in the
 * circle that nobody checked (the whole cluster was down). A reminder set for one of them is due
 * now; one set for a day already checked was sent then, or rightly not.
 *
 * <pre>{@code
 * days.slot(round.deadline(), List.of(7, 3, 1)) // 3 on the 15th for a deadline on the 18th
 * }</pre>
 */
public record ReminderDays(LocalDate from, LocalDate today) {

  public ReminderDays {
    if (from.isAfter(today)) {
      throw new IllegalArgumentException(from + " after " + today);
    }
  }

  /** Today alone: what a first run, or a run the same day as the last, answers for. */
  public static ReminderDays only(LocalDate today) {
    return new ReminderDays(today, today);
  }

  /**
   * Which of the reminders {@code daysBefore} a deadline is due now: the latest whose day has come,
   * if nobody checked that day yet and the deadline is still ahead (a reminder for 0 days before,
   * on the day itself). A missed reminder followed by a later one is not sent: the later says more.
   */
  public OptionalInt slot(LocalDate deadline, List<Integer> daysBefore) {
    long left = ChronoUnit.DAYS.between(today, deadline);
    int latest = Integer.MAX_VALUE;
    for (int n : daysBefore) {
      if (n >= left && n < latest) {
        latest = n;
      }
    }
    if (latest == Integer.MAX_VALUE || left < 0 || (left == 0 && latest > 0)) {
      return OptionalInt.empty();
    }
    return deadline.minusDays(latest).isBefore(from) ? OptionalInt.empty() : OptionalInt.of(latest);
  }

  /** Whether a reminder on the day {@code before} days before the deadline is due now. */
  public boolean isDue(LocalDate deadline, int before) {
    return slot(deadline, List.of(before)).isPresent();
  }
}
