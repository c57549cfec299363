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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One person's notification of an event: listed in their inbox (read or not) and, as they chose,
 * mailed at once, gathered into a digest, or not mailed. One per event and recipient — the database
 * refuses a second — and it keeps what became of its mail: sent, or dead after its tries with the
 * mail server's reason.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** Tries before a mail becomes a dead letter. */
  public static final int MAX_ATTEMPTS = 6;

  /** The recipient of a resident who follows by address alone: {@code mailto:} and the address. */
  public static final String MAILTO = "mailto:";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "recipient", nullable = false, length = 300)
  private String recipient;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "language", nullable = false, length = 5)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery", nullable = false, length = 20)
  private Frequency delivery;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private DeliveryStatus status;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Notification() {}

  /**
   * A notification of the event for one recipient, mailed as {@code delivery} says; without an
   * address, or with mail switched off, it is for the inbox only.
   */
  public Notification(
      NotificationEvent event,
      String recipient,
      String email,
      String language,
      Frequency delivery,
      LocalDateTime now) {
    this.eventId = event.id();
    this.circleId = event.circleId();
    this.recipient = recipient;
    this.email = email == null || email.isBlank() ? null : email;
    this.language = "en".equals(language) ? "en" : "ja";
    this.category = event.category();
    this.delivery = delivery;
    this.status =
        this.email == null || delivery == Frequency.OFF
            ? DeliveryStatus.INBOX_ONLY
            : DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** The mail server took the mail. */
  public void sent(LocalDateTime now) {
    status = DeliveryStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /**
   * The mail could not be sent: tried again after a growing pause, or — after {@link
   * #MAX_ATTEMPTS}, or at once when the server refused the address for good — a dead letter.
   */
  public void failed(String reason, boolean permanent, LocalDateTime now) {
    attempts++;
    lastError = NotificationEvent.clip(reason, 1000);
    if (permanent || attempts >= MAX_ATTEMPTS) {
      status = DeliveryStatus.DEAD;
    } else {
      nextAttemptAt = now.plus(NotificationEvent.Backoff.after(attempts));
    }
  }

  /** The portal administrator sends a dead letter again: a fresh set of tries, mailed at once. */
  public void sendAgain(LocalDateTime now) {
    if (status == DeliveryStatus.DEAD) {
      status = DeliveryStatus.PENDING;
      delivery = Frequency.IMMEDIATE;
      attempts = 0;
      nextAttemptAt = now;
    }
  }

  /** Waiting for the mail server and its turn has come. */
  public boolean isDue(LocalDateTime now) {
    return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  public boolean isDead() {
    return status == DeliveryStatus.DEAD;
  }

  public void read(LocalDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long eventId() {
    return eventId;
  }

  public long circleId() {
    return circleId;
  }

  public String recipient() {
    return recipient;
  }

  public String email() {
    return email;
  }

  public String language() {
    return language;
  }

  public Category category() {
    return category;
  }

  public Frequency delivery() {
    return delivery;
  }

  public DeliveryStatus status() {
    return status;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public LocalDateTime sentAt() {
    return sentAt;
  }
}
