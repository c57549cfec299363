package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A person's private calendar subscription: the consultations of their municipality in one circle.
 * Calendar applications cannot sign in, so the secret address is the credential; only its hash is
 * kept, and revoking it ends the feed at once.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
  @SequenceGenerator(
      name = "calendar_feed_seq",
      sequenceName = "calendar_feed_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "central_city", nullable = false)
  private boolean centralCity;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  protected CalendarFeed() {}

  public CalendarFeed(
      String tokenHash,
      String username,
      long circleId,
      String municipalityCode,
      boolean centralCity,
      LocalDateTime now) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.circleId = circleId;
    this.municipalityCode = municipalityCode;
    this.centralCity = centralCity;
    this.createdAt = now;
  }

  public void revoke(LocalDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public long circleId() {
    return circleId;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  /** The central city's staff see every consultation of the circle in their feed. */
  public boolean centralCity() {
    return centralCity;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
