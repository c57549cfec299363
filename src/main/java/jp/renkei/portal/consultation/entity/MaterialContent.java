package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a material, read only when somebody allowed downloads it. */
@Entity
@Table(name = "material_content")
public class MaterialContent {

  @Id
  @Column(name = "material_id")
  private Long materialId;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected MaterialContent() {}

  public MaterialContent(long materialId, byte[] content) {
    this.materialId = materialId;
    this.content = content;
  }

  public byte[] content() {
    return content;
  }
}
