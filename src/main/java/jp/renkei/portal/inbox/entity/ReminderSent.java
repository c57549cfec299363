package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** That a reminder went out: its key is unique, so each reminder is announced once. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {

  @Id
  @Column(name = "reminder_key", length = 200)
  private String key;

  @Column(name = "sent_at", nullable = false)
  private LocalDateTime sentAt;

  protected ReminderSent() {}

  public ReminderSent(String key, LocalDateTime sentAt) {
    this.key = key;
    this.sentAt = sentAt;
  }
}
