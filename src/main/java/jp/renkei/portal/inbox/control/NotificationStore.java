package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.inbox.entity.DeliveryStatus;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.inbox.entity.Notification;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.inbox.entity.NotificationPreference;
import jp.renkei.portal.inbox.entity.PersonLanguage;
import jp.renkei.portal.inbox.entity.PreferenceKey;

/**
 * The outbox and the people's notifications. Events and deliveries are the dispatcher's, across
 * circles by nature (it serves them all); what a person reads is bound to that person — their
 * username, from the signed-in caller — never to a circle, since an inbox spans circles.
 */
@ApplicationScoped
public class NotificationStore {

  /** Usernames per {@code IN} list: far below the driver's limit, few round trips. */
  static final int IN_LIST = 1000;

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Writes what the transaction added so far and lets the persistence context forget it: a
   * transaction that adds a hundred thousand rows holds a thousand at a time, not all of them. Any
   * entity read before is detached by it and must be read again.
   */
  public void writeAndForget() {
    em.flush();
    em.clear();
  }

  // --- The dispatcher's side -----------------------------------------------------------------

  /** Events whose audiences are still to be resolved and whose turn has come, oldest first. */
  public List<Long> eventsToResolve(LocalDateTime now, int max) {
    return em.createQuery(
            "SELECT e.id FROM NotificationEvent e WHERE e.resolvedAt IS NULL"
                + " AND e.nextAttemptAt <= :now ORDER BY e.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** The event, locked until the transaction ends: one dispatcher resolves it. */
  public Optional<NotificationEvent> eventForUpdate(long id) {
    return Optional.ofNullable(
        em.find(NotificationEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<NotificationEvent> event(long id) {
    return Optional.ofNullable(em.find(NotificationEvent.class, id));
  }

  /** The recipients the event already has a notification for (a resolution cut short). */
  public List<String> recipientsOf(long eventId) {
    return em.createQuery(
            "SELECT n.recipient FROM Notification n WHERE n.eventId = :event", String.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** Mail to send now: pending, immediate, its turn come; oldest first. */
  public List<Long> mailDue(LocalDateTime now, int max) {
    return em.createQuery(
            "SELECT n.id FROM Notification n WHERE n.status = :pending"
                + " AND n.delivery = :immediate AND n.nextAttemptAt <= :now ORDER BY n.id",
            Long.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("immediate", Frequency.IMMEDIATE)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** The notification, locked until the transaction ends: one dispatcher mails it. */
  public Optional<Notification> notificationForUpdate(long id) {
    return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * These notifications, locked until the transaction ends, in one query (a round of 2,000 mails
   * asked for each row apart); in the order of their ids, the order every dispatcher locks them in.
   */
  public List<Notification> notificationsForUpdate(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.id IN :ids ORDER BY n.id", Notification.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public Optional<Notification> notification(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  /** The recipients with digest mail waiting at this frequency. */
  public List<String> digestRecipients(Frequency frequency) {
    return em.createQuery(
            "SELECT DISTINCT n.recipient FROM Notification n WHERE n.status = :pending"
                + " AND n.delivery = :frequency",
            String.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("frequency", frequency)
        .getResultList();
  }

  /** One recipient's digest mail waiting at this frequency, oldest first, locked. */
  public List<Notification> digestForUpdate(String recipient, Frequency frequency) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.status = :pending"
                + " AND n.delivery = :frequency ORDER BY n.id",
            Notification.class)
        .setParameter("recipient", recipient)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("frequency", frequency)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The events of these notifications, by id, in one query. */
  public Map<Long, NotificationEvent> eventsOf(Collection<Notification> notifications) {
    if (notifications.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT e FROM NotificationEvent e WHERE e.id IN :ids", NotificationEvent.class)
        .setParameter("ids", notifications.stream().map(Notification::eventId).distinct().toList())
        .getResultStream()
        .collect(Collectors.toMap(NotificationEvent::id, e -> e));
  }

  public List<Notification> deadLetters(int max) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.status = :dead ORDER BY n.id DESC",
            Notification.class)
        .setParameter("dead", DeliveryStatus.DEAD)
        .setMaxResults(max)
        .getResultList();
  }

  public long deadLetterCount() {
    return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.status = :dead", Long.class)
        .setParameter("dead", DeliveryStatus.DEAD)
        .getSingleResult();
  }

  // --- Preferences and languages -------------------------------------------------------------

  /**
   * How each of these recipients wants mail of this category; absent ones chose nothing. Asked
   * {@link #IN_LIST} at a time: PostgreSQL's driver takes at most 65,535 parameters per statement,
   * and a published 意見と考え方 may tell a hundred thousand people.
   */
  public Map<String, Frequency> frequencies(Collection<String> recipients, Category category) {
    Map<String, Frequency> chosen = new HashMap<>();
    for (List<String> some : slices(recipients)) {
      em.createQuery(
              "SELECT p FROM NotificationPreference p WHERE p.key.category = :category"
                  + " AND p.key.username IN :recipients",
              NotificationPreference.class)
          .setParameter("category", category)
          .setParameter("recipients", some)
          .getResultStream()
          .forEach(p -> chosen.put(usernameOf(p), p.frequency()));
    }
    return chosen;
  }

  static List<List<String>> slices(Collection<String> all) {
    List<String> list = List.copyOf(all);
    List<List<String>> slices = new ArrayList<>();
    for (int from = 0; from < list.size(); from += IN_LIST) {
      slices.add(list.subList(from, Math.min(list.size(), from + IN_LIST)));
    }
    return slices;
  }

  private static String usernameOf(NotificationPreference p) {
    return p.key().username();
  }

  public Optional<NotificationPreference> preference(String recipient, Category category) {
    return Optional.ofNullable(
        em.find(NotificationPreference.class, new PreferenceKey(recipient, category)));
  }

  /** The languages of these people, as they chose them; absent ones read Japanese. */
  public Map<String, String> languages(Collection<String> usernames) {
    Map<String, String> languages = new HashMap<>();
    for (List<String> some : slices(usernames)) {
      em.createQuery(
              "SELECT l FROM PersonLanguage l WHERE l.username IN :usernames", PersonLanguage.class)
          .setParameter("usernames", some)
          .getResultStream()
          .forEach(l -> languages.put(l.username(), l.language()));
    }
    return languages;
  }

  public Optional<PersonLanguage> language(String username) {
    return Optional.ofNullable(em.find(PersonLanguage.class, username));
  }

  /** Mail of this category not yet sent to the recipient stays in their inbox only. */
  public void stopPendingMail(String recipient, Category category) {
    em.createQuery(
            "UPDATE Notification n SET n.status = :inboxOnly WHERE n.recipient = :recipient"
                + " AND n.category = :category AND n.status = :pending")
        .setParameter("inboxOnly", DeliveryStatus.INBOX_ONLY)
        .setParameter("recipient", recipient)
        .setParameter("category", category)
        .setParameter("pending", DeliveryStatus.PENDING)
        .executeUpdate();
  }

  // --- A person's own inbox ------------------------------------------------------------------

  /** What the person was told, newest first, with the events they were told of. */
  public List<Told> recentFor(String recipient, int max) {
    List<Notification> notifications =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.recipient = :recipient"
                    + " ORDER BY n.id DESC",
                Notification.class)
            .setParameter("recipient", recipient)
            .setMaxResults(max)
            .getResultList();
    Map<Long, NotificationEvent> events = eventsOf(notifications);
    return notifications.stream().map(n -> new Told(n, events.get(n.eventId()))).toList();
  }

  public long unreadCount(String recipient) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                + " AND n.readAt IS NULL",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  /** One of the person's notifications; another person's is not found. */
  public Optional<Notification> notificationOf(String recipient, long id) {
    return notification(id).filter(n -> n.recipient().equals(recipient));
  }

  public String linkOf(Notification notification) {
    return event(notification.eventId()).map(NotificationEvent::link).orElse("/inbox");
  }

  public void markAllRead(String recipient, LocalDateTime now) {
    em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :recipient"
                + " AND n.readAt IS NULL")
        .setParameter("now", now)
        .setParameter("recipient", recipient)
        .executeUpdate();
  }

  /** A notification with the event it tells of. */
  public record Told(Notification notification, NotificationEvent event) {}
}
