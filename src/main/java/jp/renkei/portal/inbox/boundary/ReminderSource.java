package jp.renkei.portal.inbox.boundary;

import java.util.List;

/**
 * The contract a context signs for reminders before its deadlines: what in the request's circle
 * falls due on the {@link ReminderDays} a run answers for (today, and any days nobody checked), and
 * whom to tell. Each reminder has a key that names it once (the round, the deadline, how many days
 * before); the reminder job announces each key once, whatever the scheduler does, and runs on one
 * instance of a cluster.
 */
public interface ReminderSource {

  List<Reminder> due(ReminderDays days);

  /** A reminder: a key that names it once, and what to announce. */
  record Reminder(String key, Announcement announcement) {}
}
