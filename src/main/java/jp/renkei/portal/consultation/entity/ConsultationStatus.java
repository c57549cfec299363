package jp.renkei.portal.consultation.entity;

/** Where a consultation's scheduling stands. Labels: {@code consultation.status.<NAME>}. */
public enum ConsultationStatus {
  SCHEDULING,
  CONFIRMED,
  CANCELLED;

  public String messageKey() {
    return "consultation.status." + name();
  }
}
