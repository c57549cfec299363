package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How often one person wants mail of one category; without a row, the category's default. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @EmbeddedId private PreferenceKey key;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false, length = 20)
  private Frequency frequency;

  protected NotificationPreference() {}

  public NotificationPreference(String username, Category category, Frequency frequency) {
    this.key = new PreferenceKey(username, category);
    this.frequency = frequency;
  }

  public void change(Frequency frequency) {
    this.frequency = frequency;
  }

  public PreferenceKey key() {
    return key;
  }

  public Category category() {
    return key.category();
  }

  public Frequency frequency() {
    return frequency;
  }
}
