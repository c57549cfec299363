package jp.renkei.portal.attachment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.files.FileType;

/**
 * A file attached to a document of a circle — an agreement, a vision version, a notice — with an
 * optional label ("締結書（写し）"). Its bytes are kept apart ({@link AttachmentContent}), so lists never
 * load them.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  public static final int MAX_LABEL = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind", nullable = false, length = 20)
  private AttachmentOwner ownerKind;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "label", length = MAX_LABEL)
  private String label;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 10)
  private FileType fileType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected Attachment() {}

  public Attachment(
      long circleId,
      AttachmentOwner ownerKind,
      long ownerId,
      String label,
      CheckedFile file,
      String sha256,
      String by,
      LocalDateTime at) {
    String text = label == null || label.isBlank() ? null : label.strip();
    if (text != null && text.length() > MAX_LABEL) {
      throw new AttachmentRefused("attachment.error.label-too-long");
    }
    this.circleId = circleId;
    this.ownerKind = ownerKind;
    this.ownerId = ownerId;
    this.label = text;
    this.fileName = file.name();
    this.fileType = file.type();
    this.size = file.size();
    this.sha256 = sha256;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public AttachmentOwner ownerKind() {
    return ownerKind;
  }

  public long ownerId() {
    return ownerId;
  }

  public String label() {
    return label;
  }

  public String fileName() {
    return fileName;
  }

  public FileType fileType() {
    return fileType;
  }

  public String contentType() {
    return fileType.mediaType();
  }

  public long size() {
    return size;
  }

  public LocalDateTime uploadedAt() {
    return uploadedAt;
  }
}
