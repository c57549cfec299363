package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;

/** A city, town or village, identified by its local government code. */
@Entity
@Table(name = "municipality")
public class Municipality {

  @Id
  @Column(name = "code", length = 6)
  private String code;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private MunicipalityKind kind;

  @Column(name = "name_kana", length = 100)
  private String kana;

  protected Municipality() {}

  public Municipality(MunicipalityCode code, LocalizedName name, MunicipalityKind kind) {
    this.code = code.value();
    this.name = name;
    this.kind = kind;
  }

  public MunicipalityCode code() {
    return new MunicipalityCode(code);
  }

  public LocalizedName name() {
    return name;
  }

  public MunicipalityKind kind() {
    return kind;
  }

  /** How its name reads, in hiragana ({@code ひらないまち}); null when nobody entered it. */
  public String kana() {
    return kana;
  }

  public void readAs(String kana) {
    this.kana = kana == null || kana.isBlank() ? null : kana;
  }

  public Prefecture prefecture() {
    return code().prefecture();
  }
}
