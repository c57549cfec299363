package jp.renkei.portal.agreement.entity;

/** The clauses of an agreement, in the order of 要綱 第5(2) ①–⑦ (and the disputes clause). */
public enum Clause {
  PARTIES,
  PURPOSE,
  BASIC_POLICY,
  INITIATIVES,
  EXECUTION,
  CONSULTATION,
  TERM,
  DISPUTES;

  public String messageKey() {
    return "agreement.clause." + name();
  }
}
