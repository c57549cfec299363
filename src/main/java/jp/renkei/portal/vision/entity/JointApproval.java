package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One of two joint central cities approves a draft vision for adoption (要綱 第9: the vision is made
 * jointly, 連名). It approves the draft as it stands — its lock version — so a draft changed since
 * needs the approval again; the second city's approval of the same draft adopts it.
 */
@Entity
@Table(name = "vision_joint_approval")
public class JointApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_joint_approval_seq")
  @SequenceGenerator(
      name = "vision_joint_approval_seq",
      sequenceName = "vision_joint_approval_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "city_code", nullable = false, length = 6)
  private String cityCode;

  @Column(name = "draft_lock_version", nullable = false)
  private long draftLockVersion;

  @Column(name = "approved_by", nullable = false, length = 100)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private LocalDateTime approvedAt;

  protected JointApproval() {}

  public JointApproval(long versionId, String cityCode, String by, LocalDateTime at) {
    this.versionId = versionId;
    this.cityCode = cityCode;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  /** Approves the draft as it stands now; again after it changed. */
  public void approve(VisionVersion draft, String by, LocalDateTime at) {
    this.draftLockVersion = draft.lockVersion();
    this.approvedBy = by;
    this.approvedAt = at;
  }

  /** True when this approval is of the draft as it stands: nothing changed since. */
  public boolean approves(VisionVersion draft) {
    return draft.id() == versionId && draft.lockVersion() == draftLockVersion;
  }

  public String cityCode() {
    return cityCode;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public LocalDateTime approvedAt() {
    return approvedAt;
  }
}
