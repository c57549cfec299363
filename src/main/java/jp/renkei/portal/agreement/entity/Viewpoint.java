package jp.renkei.portal.agreement.entity;

/**
 * The viewpoints of role ウ (要綱 第5(2)④ウ): A life functions, B ties and networks, C area management
 * under resource limits. An agreement needs at least one field under each.
 */
public enum Viewpoint {
  LIFE_FUNCTIONS("A"),
  NETWORKS("B"),
  AREA_MANAGEMENT("C");

  private final String mark;

  Viewpoint(String mark) {
    this.mark = mark;
  }

  public String mark() {
    return mark;
  }

  public String messageKey() {
    return "agreement.viewpoint." + name();
  }
}
