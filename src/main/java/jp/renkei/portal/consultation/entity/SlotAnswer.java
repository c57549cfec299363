package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One partner office's answer for one candidate slot: it works for their head, or it does not. */
@Embeddable
public class SlotAnswer {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "available", nullable = false)
  private boolean available;

  @Column(name = "answered_by", nullable = false, length = 100)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private LocalDateTime answeredAt;

  protected SlotAnswer() {}

  SlotAnswer(String municipalityCode, boolean available, String answeredBy, LocalDateTime at) {
    this.municipalityCode = municipalityCode;
    this.available = available;
    this.answeredBy = answeredBy;
    this.answeredAt = at;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public boolean available() {
    return available;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }
}
