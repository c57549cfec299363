package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A council's resolution (議決) on a version: which municipality, when, under which number. */
@Embeddable
public class CouncilResolution {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "resolved_on", nullable = false)
  private LocalDate resolvedOn;

  @Column(name = "resolution_number", nullable = false, length = 100)
  private String number;

  protected CouncilResolution() {}

  CouncilResolution(String municipalityCode, LocalDate resolvedOn, String number) {
    this.municipalityCode = municipalityCode;
    this.resolvedOn = resolvedOn;
    this.number = number;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public LocalDate resolvedOn() {
    return resolvedOn;
  }

  public String number() {
    return number;
  }
}
