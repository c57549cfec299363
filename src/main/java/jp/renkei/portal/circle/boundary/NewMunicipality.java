package jp.renkei.portal.circle.boundary;

/** A municipality as an administrator types it: code (with check digit), names, kind. */
public record NewMunicipality(String code, String nameJa, String nameEn, String kind, String kana) {

  /** Without a reading (it can be added later). */
  public NewMunicipality(String code, String nameJa, String nameEn, String kind) {
    this(code, nameJa, nameEn, kind, null);
  }
}
