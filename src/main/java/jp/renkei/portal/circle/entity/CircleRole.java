package jp.renkei.portal.circle.entity;

/**
 * The part a municipality plays in a circle: the central city (two when they act jointly, 要綱 第9) or
 * a municipality beside it. Whether the latter is a partner in law (連携市町村) is not recorded here: it
 * follows from an agreement in force ({@code CircleProfile#partners()}).
 */
public enum CircleRole {
  CENTRAL_CITY,
  PARTNER;

  public String messageKey() {
    return "circle.role." + name();
  }
}
