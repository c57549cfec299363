package jp.renkei.portal.vision.entity;

/** Whether the central city took a partner's comment into the draft. */
public enum Reflection {
  REFLECTED,
  NOT_REFLECTED;

  public String messageKey() {
    return "vision.reflection." + name();
  }
}
