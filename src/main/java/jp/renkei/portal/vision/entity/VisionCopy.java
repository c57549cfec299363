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
 * 第6(6): the copy of an adopted vision sent to one partner. It waits in the partner's space until
 * somebody of its office confirms receipt.
 */
@Entity
@Table(name = "vision_copy")
public class VisionCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_copy_seq")
  @SequenceGenerator(name = "vision_copy_seq", sequenceName = "vision_copy_seq", allocationSize = 1)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "sent_at", nullable = false)
  private LocalDateTime sentAt;

  @Column(name = "received_by", length = 100)
  private String receivedBy;

  @Column(name = "received_at")
  private LocalDateTime receivedAt;

  protected VisionCopy() {}

  public VisionCopy(long versionId, String municipalityCode, LocalDateTime sentAt) {
    this.versionId = versionId;
    this.municipalityCode = municipalityCode;
    this.sentAt = sentAt;
  }

  /** Confirms receipt; the first confirmation stands. */
  public void receive(String by, LocalDateTime at) {
    if (receivedAt == null) {
      receivedBy = by;
      receivedAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public long versionId() {
    return versionId;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public LocalDateTime sentAt() {
    return sentAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  public boolean isReceived() {
    return receivedAt != null;
  }
}
