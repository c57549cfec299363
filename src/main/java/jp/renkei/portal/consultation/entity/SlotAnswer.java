package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * One partner office's answer for one candidate slot, for its head: ○, △ or ×, with a note. (The
 * yes/no column of the first version is kept in step, ○ being yes, so that older rows still read.)
 */
@Embeddable
public class SlotAnswer {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "available", nullable = false)
  private boolean available;

  @Enumerated(EnumType.STRING)
  @Column(name = "choice", length = 5)
  private Availability choice;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "answered_by", nullable = false, length = 100)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private LocalDateTime answeredAt;

  protected SlotAnswer() {}

  SlotAnswer(String municipalityCode, SlotChoice choice, String answeredBy, LocalDateTime at) {
    this.municipalityCode = municipalityCode;
    this.choice = choice.availability();
    this.available = choice.availability() == Availability.YES;
    this.note = choice.note();
    this.answeredBy = answeredBy;
    this.answeredAt = at;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public Availability choice() {
    if (choice != null) {
      return choice;
    }
    return available ? Availability.YES : Availability.NO;
  }

  public String note() {
    return note;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }
}
