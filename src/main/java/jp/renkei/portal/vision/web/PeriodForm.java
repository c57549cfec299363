package jp.renkei.portal.vision.web;

/**
 * The vision's period (要綱 第6(3)④) as a form holds it: the first and last fiscal year, as typed
 * ({@code #{visionEditView.period.start}}); the boundary checks them.
 */
public class PeriodForm {

  private String start;
  private String end;

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }
}
