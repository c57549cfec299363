package jp.renkei.portal.consultation.entity;

/**
 * Minutes are drafted by the central city, circulated to the partners for comments and approval,
 * and final once every party approved the same revision. Labels: {@code minutes.status.<NAME>}.
 */
public enum MinutesStatus {
  DRAFT,
  CIRCULATED,
  FINAL;

  public String messageKey() {
    return "minutes.status." + name();
  }
}
