package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.files.CheckedFile;

/**
 * A material attached to an agenda item: its checked name, type and size. The bytes are kept apart
 * ({@link MaterialContent}) so that listing materials never loads them.
 */
@Entity
@Table(name = "material")
public class Material {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
  @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 1)
  private Long id;

  @Column(name = "agenda_item_id", nullable = false)
  private long agendaItemId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected Material() {}

  public Material(
      long agendaItemId,
      CheckedFile file,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.agendaItemId = agendaItemId;
    this.fileName = file.name();
    this.contentType = file.type().mediaType();
    this.sizeBytes = file.size();
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public long agendaItemId() {
    return agendaItemId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime uploadedAt() {
    return uploadedAt;
  }
}
