package jp.renkei.portal.vision.entity;

/** The three fields 第6(3)⑤ asks KPIs for. Labels: {@code vision.kpi.field.<NAME>}. */
public enum KpiField {
  ECONOMY,
  URBAN_FUNCTIONS,
  LIVING_SERVICES;

  public String messageKey() {
    return "vision.kpi.field." + name();
  }
}
