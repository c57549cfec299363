package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Something happened in a circle that people should hear of: written in the same transaction as the
 * change that caused it (an outbox), so a change that rolls back announces nothing and a committed
 * one is never forgotten. Its subject and text are written in both languages at once; its audiences
 * are resolved into people by the dispatcher, retried while Keycloak cannot be reached.
 */
@Entity
@Table(name = "notification_event")
public class NotificationEvent {

  /** The longest text a notice's body or a mail carries. */
  public static final int MAX_BODY = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_event_seq")
  @SequenceGenerator(
      name = "notification_event_seq",
      sequenceName = "notification_event_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private Category category;

  @Column(name = "event_key", nullable = false, length = 80)
  private String eventKey;

  @Column(name = "audiences", nullable = false, length = 2000)
  private String audiences;

  @Column(name = "subject_ja", nullable = false, length = 400)
  private String subjectJa;

  @Column(name = "subject_en", nullable = false, length = 400)
  private String subjectEn;

  @Column(name = "body_ja", nullable = false, length = MAX_BODY)
  private String bodyJa;

  @Column(name = "body_en", nullable = false, length = MAX_BODY)
  private String bodyEn;

  @Column(name = "link", nullable = false, length = 400)
  private String link;

  @Column(name = "actor", length = 300)
  private String actor;

  @Column(name = "calendar_method", length = 10)
  private String calendarMethod;

  @Column(name = "calendar", length = MAX_BODY)
  private String calendar;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected NotificationEvent() {}

  /**
   * An event of a circle. {@code link} is the portal path of the place to act ({@code
   * /c/aomori/consultations/12}); {@code actor} who caused it; {@code calendar} an iCalendar text
   * to attach, with its method.
   */
  public NotificationEvent(
      long circleId,
      Category category,
      String eventKey,
      List<Audience> audiences,
      String subjectJa,
      String subjectEn,
      String bodyJa,
      String bodyEn,
      String link,
      String actor,
      String calendarMethod,
      String calendar,
      LocalDateTime now) {
    this.circleId = circleId;
    this.category = category;
    this.eventKey = eventKey;
    this.audiences = Audience.encode(audiences);
    this.subjectJa = clip(subjectJa, 400);
    this.subjectEn = clip(subjectEn, 400);
    this.bodyJa = clip(bodyJa, MAX_BODY);
    this.bodyEn = clip(bodyEn, MAX_BODY);
    this.link = link;
    this.actor = actor;
    this.calendarMethod = calendarMethod;
    this.calendar = calendar;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Its audiences are now people: nothing more to resolve. */
  public void resolved(LocalDateTime now) {
    this.resolvedAt = now;
    this.lastError = null;
  }

  /** Resolving failed (Keycloak unreachable): tried again later, never dropped. */
  public void resolutionFailed(String reason, LocalDateTime now) {
    attempts++;
    lastError = clip(reason, 1000);
    nextAttemptAt = now.plus(Backoff.after(attempts));
  }

  public String subject(Locale locale) {
    return english(locale) ? subjectEn : subjectJa;
  }

  public String body(Locale locale) {
    return english(locale) ? bodyEn : bodyJa;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public Category category() {
    return category;
  }

  public String eventKey() {
    return eventKey;
  }

  public List<Audience> audiences() {
    return Audience.decode(audiences);
  }

  public String link() {
    return link;
  }

  /** Who caused the event (they are not told of their own step); null for the scheduler. */
  public String actor() {
    return actor;
  }

  public String calendarMethod() {
    return calendarMethod;
  }

  public String calendar() {
    return calendar;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public boolean isResolved() {
    return resolvedAt != null;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  /** How long to wait before the next try, growing with the tries made: 1, 2, 4 … 60 minutes. */
  public static final class Backoff {

    private Backoff() {}

    public static Duration after(int attempts) {
      long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 6);
      return Duration.ofMinutes(Math.min(minutes, 60));
    }
  }
}
