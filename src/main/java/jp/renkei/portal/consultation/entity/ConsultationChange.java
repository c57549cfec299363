package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/** A reschedule or cancellation, with the reason everybody invited reads. */
@Embeddable
public class ConsultationChange {

  /** What changed. Labels: {@code consultation.change.<NAME>}. */
  public enum Kind {
    RESCHEDULED,
    CANCELLED;

    public String messageKey() {
      return "consultation.change." + name();
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected ConsultationChange() {}

  ConsultationChange(Kind kind, String reason, String changedBy, LocalDateTime changedAt) {
    this.kind = kind;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public String changedBy() {
    return changedBy;
  }

  public LocalDateTime changedAt() {
    return changedAt;
  }
}
