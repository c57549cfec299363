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
 * A party's comment on a revision of the minutes, possibly asking the central city to change it.
 */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment {

  public static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_comment_seq")
  @SequenceGenerator(
      name = "minutes_comment_seq",
      sequenceName = "minutes_comment_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "minutes_id", nullable = false)
  private long minutesId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "change_requested", nullable = false)
  private boolean changeRequested;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected MinutesComment() {}

  /** A comment on the minutes as they are now; refused on final minutes or without text. */
  public MinutesComment(
      Minutes minutes,
      String municipalityCode,
      String author,
      String body,
      boolean changeRequested,
      LocalDateTime now) {
    if (minutes.isFinal()) {
      throw new ConsultationRefused("minutes.error.final");
    }
    if (minutes.status() != MinutesStatus.CIRCULATED) {
      throw new ConsultationRefused("minutes.error.not-circulated");
    }
    if (body == null || body.isBlank()) {
      throw new ConsultationRefused("minutes.error.comment-required");
    }
    if (body.length() > MAX_BODY) {
      throw new ConsultationRefused("minutes.error.comment-too-long");
    }
    this.minutesId = minutes.id();
    this.revision = minutes.revision();
    this.municipalityCode = municipalityCode;
    this.author = author;
    this.body = body.strip();
    this.changeRequested = changeRequested;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public boolean changeRequested() {
    return changeRequested;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
