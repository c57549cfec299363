package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A resident who follows a circle — its notices, drafts opening for comment, 意見と考え方 — or one of its
 * documents. With an account the follow counts at once; by e-mail address alone only after the
 * address confirmed it through the link sent to it (double opt-in): nothing else is sent to an
 * unconfirmed address. A follow by account keeps the address the account had when it followed
 * (refreshed whenever the resident opens their page), so that delivering to ten thousand followers
 * asks Keycloak nothing.
 */
@Entity
@Table(name = "follow")
public class Follow {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_seq")
  @SequenceGenerator(name = "follow_seq", sequenceName = "follow_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "subject_type", length = 30)
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  @Column(name = "username", length = 300)
  private String username;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "language", nullable = false, length = 5)
  private String language;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  protected Follow() {}

  /** A signed-in resident follows: confirmed at once. {@code subjectType} null: the circle. */
  public static Follow byAccount(
      long circleId,
      String subjectType,
      Long subjectId,
      String username,
      String email,
      String language,
      LocalDateTime now) {
    Follow f = new Follow(circleId, subjectType, subjectId, language, now);
    f.username = username;
    f.email = email;
    f.confirmedAt = now;
    return f;
  }

  /** Somebody follows by address alone: counts once the link's token (its hash kept) is used. */
  public static Follow byAddress(
      long circleId,
      String subjectType,
      Long subjectId,
      String email,
      String language,
      String tokenHash,
      LocalDateTime now) {
    Follow f = new Follow(circleId, subjectType, subjectId, language, now);
    f.email = email;
    f.tokenHash = tokenHash;
    return f;
  }

  private Follow(
      long circleId, String subjectType, Long subjectId, String language, LocalDateTime now) {
    this.circleId = circleId;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.language = "en".equals(language) ? "en" : "ja";
    this.createdAt = now;
  }

  public void confirm(LocalDateTime now) {
    if (confirmedAt == null) {
      confirmedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public String subjectType() {
    return subjectType;
  }

  public Long subjectId() {
    return subjectId;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String language() {
    return language;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /**
   * The recipient a follow delivers to: the account (null for none), or {@code mailto:} and the
   * address.
   */
  public static String recipientOf(String username, String email) {
    return username != null ? username : Notification.MAILTO + email;
  }
}
