package jp.renkei.portal.vision.entity;

/** 達成状況: how a KPI stands in a fiscal year, as the central city evaluates it. */
public enum KpiRating {
  /** 達成: the year's target is reached. */
  ACHIEVED,
  /** 順調: on the path to the target. */
  ON_TRACK,
  /** 遅れ: behind the path; the evaluation says what changes. */
  BEHIND;

  public String messageKey() {
    return "vision.kpi.rating." + name();
  }
}
