package jp.renkei.portal.vision.entity;

/** Where a partner's round stands. Labels: {@code vision.round.state.<NAME>}. */
public enum RoundState {
  OPEN,
  OVERDUE,
  SIGNED_OFF,
  /** The draft was replaced or adopted before the partner signed off. */
  CLOSED;

  public String messageKey() {
    return "vision.round.state." + name();
  }
}
