package jp.renkei.portal.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** That the summary of opinions and responses (意見と考え方) of a document was published, once. */
@Entity
@Table(name = "feedback_summary")
public class FeedbackSummary {

  @EmbeddedId private FeedbackSubject subject;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "published_at", nullable = false)
  private LocalDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 100)
  private String publishedBy;

  protected FeedbackSummary() {}

  public FeedbackSummary(
      long circleId, FeedbackSubject subject, LocalDateTime publishedAt, String publishedBy) {
    this.circleId = circleId;
    this.subject = subject;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }
}
