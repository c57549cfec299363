package jp.renkei.portal.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One resident's opinion on a published draft, on the whole or on one clause. A moderator may hide
 * it with a reason; nobody deletes it. The authority's response to it goes into the published
 * summary (意見と考え方).
 */
@Entity
@Table(name = "feedback")
public class Feedback {

  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
  @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Embedded private FeedbackSubject subject;

  @Column(name = "clause", length = 40)
  private String clause;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "body", nullable = false, length = 4000)
  private String body;

  // JPA 3.1 maps LocalDateTime, not Instant: these columns hold UTC.
  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Column(name = "hidden", nullable = false)
  private boolean hidden;

  @Column(name = "hidden_reason", length = 1000)
  private String hiddenReason;

  @Column(name = "hidden_by", length = 100)
  private String hiddenBy;

  @Column(name = "hidden_at")
  private LocalDateTime hiddenAt;

  @Column(name = "response", length = 4000)
  private String response;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Feedback() {}

  public Feedback(
      long circleId,
      FeedbackSubject subject,
      String clause,
      String author,
      String body,
      Instant at) {
    this.circleId = circleId;
    this.subject = subject;
    this.clause = clause;
    this.author = author;
    this.body = body;
    this.submittedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** Hides an abusive item from everybody but the moderators, with the reason; never deletes it. */
  public void hide(String reason, String moderator, Instant at) {
    this.hidden = true;
    this.hiddenReason = reason;
    this.hiddenBy = moderator;
    this.hiddenAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public void respond(String response) {
    this.response = response;
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public FeedbackSubject subject() {
    return subject;
  }

  /** The clause the opinion is about ({@code PURPOSE}…), or null for the whole document. */
  public String clause() {
    return clause;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant submittedAt() {
    return submittedAt.toInstant(ZoneOffset.UTC);
  }

  public boolean hidden() {
    return hidden;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public String hiddenBy() {
    return hiddenBy;
  }

  public String response() {
    return response;
  }
}
