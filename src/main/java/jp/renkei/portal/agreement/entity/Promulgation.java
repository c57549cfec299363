package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A municipality's public notice (告示) of a concluded version: its number and date (第5(5)). */
@Embeddable
public class Promulgation {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "notice_number", nullable = false, length = 100)
  private String number;

  @Column(name = "notified_on", nullable = false)
  private LocalDate notifiedOn;

  protected Promulgation() {}

  Promulgation(String municipalityCode, String number, LocalDate notifiedOn) {
    this.municipalityCode = municipalityCode;
    this.number = number;
    this.notifiedOn = notifiedOn;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String number() {
    return number;
  }

  public LocalDate notifiedOn() {
    return notifiedOn;
  }
}
