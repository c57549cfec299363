package jp.renkei.portal.roundtable.entity;

/**
 * The fields a roundtable member comes from. All but {@link #OTHER} are named by 要綱 第6(4) as the
 * ones the roundtable should hear. Labels: {@code roundtable.sector.<NAME>}.
 */
public enum Sector {
  INDUSTRY,
  UNIVERSITY,
  FINANCE,
  MEDICAL,
  WELFARE,
  EDUCATION,
  PUBLIC_TRANSPORT,
  COMMUNITY,
  LARGE_FACILITY,
  OTHER;

  /** True for the sectors the guideline names. */
  public boolean named() {
    return this != OTHER;
  }

  public String messageKey() {
    return "roundtable.sector." + name();
  }
}
