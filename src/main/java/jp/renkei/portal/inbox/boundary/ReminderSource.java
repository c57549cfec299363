package jp.renkei.portal.inbox.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract a context signs for reminders before its deadlines: what in the request's circle is
 * due soon as of {@code today}, and whom to tell. Each reminder has a key that names it once (the
 * round, the deadline, how many days before); the reminder job announces each key once, whatever
 * the scheduler does, and runs on one instance of a cluster.
 */
public interface ReminderSource {

  List<Reminder> dueOn(LocalDate today);

  /** A reminder: a key that names it once, and what to announce. */
  record Reminder(String key, Announcement announcement) {}
}
