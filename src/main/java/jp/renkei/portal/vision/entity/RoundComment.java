package jp.renkei.portal.vision.entity;

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
 * A partner's comment on one section in its round, and the central city's answer: whether it was
 * reflected in the draft and why (or why not). An answer can be corrected; the comment cannot.
 */
@Entity
@Table(name = "round_comment")
public class RoundComment {

  public static final int MAX_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_comment_seq")
  @SequenceGenerator(
      name = "round_comment_seq",
      sequenceName = "round_comment_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private long roundId;

  @Column(name = "section_key", nullable = false, length = 40)
  private String section;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "body", nullable = false, length = MAX_LENGTH)
  private String body;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  @Column(name = "answer", length = MAX_LENGTH)
  private String answer;

  @Enumerated(EnumType.STRING)
  @Column(name = "reflection", length = 20)
  private Reflection reflection;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected RoundComment() {}

  RoundComment(long roundId, String section, String author, String body, LocalDateTime at) {
    this.roundId = roundId;
    this.section = section;
    this.author = author;
    this.body = VisionRefused.requiredText(body, MAX_LENGTH, "vision.error.comment-required");
    this.writtenAt = at;
  }

  /** The central city's answer: reflected or not, with the reason (required either way). */
  public void answer(Reflection reflection, String reason, String by, LocalDateTime at) {
    if (reflection == null) {
      throw new VisionRefused("vision.error.reflection-required");
    }
    this.answer = VisionRefused.requiredText(reason, MAX_LENGTH, "vision.error.reason-required");
    this.reflection = reflection;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Long id() {
    return id;
  }

  public long roundId() {
    return roundId;
  }

  public String section() {
    return section;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public LocalDateTime writtenAt() {
    return writtenAt;
  }

  public String answer() {
    return answer;
  }

  public Reflection reflection() {
    return reflection;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }
}
