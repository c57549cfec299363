package jp.renkei.portal.agreement.entity;

/**
 * The three roles under which an agreement groups its initiatives (要綱 第5(2)④): ア leading the area's
 * economic growth, イ concentrating higher urban functions, ウ improving living services.
 */
public enum AgreementRole {
  ECONOMIC_GROWTH("ア"),
  URBAN_FUNCTIONS("イ"),
  LIVING_SERVICES("ウ");

  private final String mark;

  AgreementRole(String mark) {
    this.mark = mark;
  }

  /** ア, イ or ウ, as the guideline numbers them. */
  public String mark() {
    return mark;
  }

  public String messageKey() {
    return "agreement.role." + name();
  }
}
