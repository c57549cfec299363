package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A person and a category: the key of a notification preference. */
@Embeddable
public class PreferenceKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "username", nullable = false, length = 300)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private Category category;

  protected PreferenceKey() {}

  public PreferenceKey(String username, Category category) {
    this.username = username;
    this.category = category;
  }

  public String username() {
    return username;
  }

  public Category category() {
    return category;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreferenceKey k
        && Objects.equals(k.username, username)
        && k.category == category;
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, category);
  }
}
