package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import jp.renkei.portal.inbox.control.RecipientResolver.Recipient;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.inbox.entity.Notification;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.platform.mail.MailServer;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * The dispatcher's transactions: an event becomes its notifications, all or none; a few mails go
 * out and are marked sent together. Each locks its rows first, so that a second dispatcher (a lease
 * taken over while the old holder still finished its round) waits and then finds the work done.
 */
@ApplicationScoped
public class Deliveries {

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  /**
   * Notifications a resolution holds in memory before writing them: a national notice to 100,000
   * followers held all of them in one persistence context until its commit, so that what it needed
   * grew with the audience.
   */
  static final int WRITTEN_AT_ONCE = 1000;

  @Inject NotificationStore store;
  @Inject RecipientResolver resolver;
  @Inject MailComposer composer;
  @Inject JapanClock clock;

  /** Turns the event into one notification per recipient; Keycloak away: tried again later. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resolve(long eventId) {
    NotificationEvent event = store.eventForUpdate(eventId).orElse(null);
    if (event == null || event.isResolved()) {
      return;
    }
    LocalDateTime now = clock.localNow();
    List<Recipient> recipients;
    try {
      recipients = resolver.resolve(event);
    } catch (KeycloakUnavailable e) {
      LOG.log(Level.INFO, "Keycloak unreachable; event {0} is resolved later", eventId);
      event.resolutionFailed(e.getMessage(), now);
      return;
    }
    Set<String> told = new HashSet<>(store.recipientsOf(eventId));
    List<String> keys = recipients.stream().map(Recipient::key).toList();
    Map<String, Frequency> chosen = store.frequencies(keys, event.category());
    Map<String, String> languages = store.languages(keys);
    int added = 0;
    for (Recipient r : recipients) {
      if (told.add(r.key())) {
        Frequency frequency = chosen.getOrDefault(r.key(), r.fallback());
        String language = languages.getOrDefault(r.key(), r.language());
        store.add(new Notification(event, r.key(), r.email(), language, frequency, now));
        if (++added % WRITTEN_AT_ONCE == 0) {
          store.writeAndForget();
        }
      }
    }
    // Read again: the event was forgotten with the notifications (its row stays locked).
    store.event(eventId).orElseThrow().resolved(now);
  }

  /**
   * Mails these notifications, each at most once, over the open connection — and no more once
   * {@code stopping} says so: the ones sent are marked in this transaction, which then commits at
   * once, before a stopping server closes what a commit needs; the rest stay due.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void send(List<Long> ids, MailServer.Connection connection, BooleanSupplier stopping) {
    LocalDateTime now = clock.localNow();
    List<Notification> due =
        store.notificationsForUpdate(ids).stream()
            .filter(n -> n.isDue(now) && n.delivery() == Frequency.IMMEDIATE)
            .toList();
    Map<Long, NotificationEvent> events = store.eventsOf(due);
    for (Notification n : due) {
      if (stopping.getAsBoolean()) {
        return;
      }
      try {
        MimeMessage message = composer.single(n, events.get(n.eventId()));
        connection.send(message);
        n.sent(now);
      } catch (MessagingException e) {
        failed(n, e, now);
      }
    }
  }

  /** One person's waiting notifications of a frequency, as one digest mail. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sendDigest(String recipient, Frequency frequency, MailServer.Connection connection) {
    LocalDateTime now = clock.localNow();
    List<Notification> waiting = store.digestForUpdate(recipient, frequency);
    if (waiting.isEmpty()) {
      return;
    }
    Map<Long, NotificationEvent> events = store.eventsOf(waiting);
    try {
      connection.send(
          composer.digest(
              waiting,
              waiting.stream().map(n -> events.get(n.eventId())).toList(),
              frequency == Frequency.WEEKLY));
      waiting.forEach(n -> n.sent(now));
    } catch (MessagingException e) {
      waiting.forEach(n -> failed(n, e, now));
    }
  }

  /** The mail server could not be reached at all: each mail waits for its next try. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void postpone(List<Long> ids, String reason) {
    LocalDateTime now = clock.localNow();
    store.notificationsForUpdate(ids).stream()
        .filter(n -> n.isDue(now))
        .forEach(n -> n.failed(reason, false, now));
  }

  /** The portal administrator sends a dead letter again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean sendAgain(long id) {
    return store
        .notificationForUpdate(id)
        .filter(Notification::isDead)
        .map(
            n -> {
              n.sendAgain(clock.localNow());
              return true;
            })
        .orElse(false);
  }

  private static void failed(Notification n, MessagingException e, LocalDateTime now) {
    boolean permanent = MailServer.isPermanent(e);
    String reason = MailServer.reason(e);
    LOG.log(
        Level.INFO,
        "Mail of notification {0} not sent ({1}): {2}",
        new Object[] {n.id(), permanent ? "refused" : "will retry", reason});
    n.failed(reason, permanent, now);
  }
}
