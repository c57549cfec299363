package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * One attendee's answer for one candidate slot, beside their office's: the office's staff enter it
 * under the attendee's name (a deputy mayor, a department head), as in a scheduling table.
 */
@Embeddable
public class AttendeeAnswer {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "attendee", nullable = false, length = 50)
  private String attendee;

  @Enumerated(EnumType.STRING)
  @Column(name = "choice", nullable = false, length = 5)
  private Availability choice;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "answered_by", nullable = false, length = 100)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private LocalDateTime answeredAt;

  protected AttendeeAnswer() {}

  AttendeeAnswer(
      String municipalityCode, String attendee, SlotChoice choice, String by, LocalDateTime at) {
    this.municipalityCode = municipalityCode;
    this.attendee = attendee;
    this.choice = choice.availability();
    this.note = choice.note();
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String attendee() {
    return attendee;
  }

  public Availability choice() {
    return choice;
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
