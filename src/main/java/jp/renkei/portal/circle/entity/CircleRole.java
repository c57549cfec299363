package jp.renkei.portal.circle.entity;

/**
 * The part a municipality plays in a circle: the central city (two when they act jointly, 要綱 第9) or
 * a partner that signed an agreement with it.
 */
public enum CircleRole {
  CENTRAL_CITY,
  PARTNER;

  public String messageKey() {
    return "circle.role." + name();
  }
}
