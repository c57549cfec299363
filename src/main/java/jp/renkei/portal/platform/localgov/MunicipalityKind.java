package jp.renkei.portal.platform.localgov;

/** 市・町・村: the kind of a municipality, as its name ends. Labels: {@code circle.kind.<NAME>}. */
public enum MunicipalityKind {
  CITY,
  TOWN,
  VILLAGE;

  public String messageKey() {
    return "circle.kind." + name();
  }
}
