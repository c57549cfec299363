package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One party's approval of one revision of the minutes. */
@Embeddable
public class MinutesApproval {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "approved_by", nullable = false, length = 100)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private LocalDateTime approvedAt;

  protected MinutesApproval() {}

  MinutesApproval(String municipalityCode, int revision, String approvedBy, LocalDateTime at) {
    this.municipalityCode = municipalityCode;
    this.revision = revision;
    this.approvedBy = approvedBy;
    this.approvedAt = at;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public int revision() {
    return revision;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public LocalDateTime approvedAt() {
    return approvedAt;
  }
}
