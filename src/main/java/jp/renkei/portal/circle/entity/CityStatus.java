package jp.renkei.portal.circle.entity;

/** The legal status of a central city (要綱 第3(1)). Labels: {@code admin.city-status.<NAME>}. */
public enum CityStatus {
  /** 指定都市. */
  DESIGNATED,
  /** 中核市. */
  CORE,
  /** Neither: not eligible as a central city. */
  OTHER;

  public String messageKey() {
    return "admin.city-status." + name();
  }
}
