package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import jp.renkei.portal.inbox.control.NotificationStore;
import jp.renkei.portal.inbox.control.RunRecord;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Tells people about what happened in the request's circle. {@link #announce} only writes the
 * event, in the caller's transaction (an outbox): a change that rolls back announces nothing, a
 * committed one is never forgotten, and the request never waits for Keycloak or the mail server.
 * The dispatcher resolves the audiences into people and mails them as each chose.
 *
 * <pre>{@code
 * notifications.announce(Announcement.of(…));
 * }</pre>
 */
@ApplicationScoped
public class Notifications {

  @Inject NotificationStore store;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;
  @Inject Event<CircleActivity> activity;
  @Inject RunRecord runs;

  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(Announcement announcement) {
    if (announcement.audiences().isEmpty()) {
      return;
    }
    String link = "/c/" + tenant.getSlug() + "/" + announcement.link();
    String method = announcement.calendar() == null ? null : announcement.calendar().method();
    String ics = announcement.calendar() == null ? null : announcement.calendar().ics();
    store.add(
        new NotificationEvent(
            tenant.circleId(),
            announcement.category(),
            announcement.eventKey(),
            announcement.audiences(),
            announcement.subject().apply(Locale.JAPANESE),
            announcement.subject().apply(Locale.ENGLISH),
            announcement.body().apply(Locale.JAPANESE),
            announcement.body().apply(Locale.ENGLISH),
            link,
            actor(),
            method,
            ics,
            clock.localNow()));
    activity.fire(new CircleActivity(tenant.circleId()));
  }

  /** Who caused it; null for the scheduler, which acts for nobody. */
  private String actor() {
    return tenant.getCaller().isSignedIn() ? tenant.getCaller().username() : null;
  }

  /**
   * Announces once what {@code key} names (a reminder: the round, its deadline, how many days
   * before), in a transaction of its own; a key announced before, here or on another instance, is
   * skipped.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void announceOnce(String key, Announcement announcement) {
    if (runs.done(key)) {
      return;
    }
    runs.record(key);
    announce(announcement);
  }
}
