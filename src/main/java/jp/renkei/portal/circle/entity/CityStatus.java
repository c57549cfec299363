package jp.renkei.portal.circle.entity;

/** The legal status of a central city (要綱 第3(1)). Labels: {@code admin.city-status.<NAME>}. */
public enum CityStatus {
  /** 指定都市. */
  DESIGNATED,
  /** 中核市. */
  CORE,
  /**
   * A city that has asked to become a core city (地方自治法 252条の24①; 要綱 附則(平成28年) 第2): it may declare
   * and prepare the circle, but may not conclude agreements or adopt the vision yet.
   */
  CORE_CANDIDATE,
  /** Neither: not eligible as a central city. */
  OTHER;

  public String messageKey() {
    return "admin.city-status." + name();
  }
}
