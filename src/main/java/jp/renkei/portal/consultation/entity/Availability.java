package jp.renkei.portal.consultation.entity;

/** An answer for a candidate slot as offices write them in a scheduling table: ○, △ or ×. */
public enum Availability {
  /** ○ the time works. */
  YES("○"),
  /** △ it could be made to work. */
  MAYBE("△"),
  /** × it does not work. */
  NO("×");

  private final String mark;

  Availability(String mark) {
    this.mark = mark;
  }

  public String mark() {
    return mark;
  }

  public String messageKey() {
    return "consultation.answer." + name();
  }
}
