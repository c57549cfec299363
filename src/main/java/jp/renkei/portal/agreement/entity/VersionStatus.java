package jp.renkei.portal.agreement.entity;

/**
 * Where a version of an agreement stands (要綱 第5(3), 第5(5), 第7(2), 地方自治法 252条の2): drafted, notified
 * to residents with a feedback period, before the councils, concluded after both councils'
 * resolutions, publicly notified (告示) by both, filed with the governors and the Ministry.
 */
public enum VersionStatus {
  DRAFT,
  NOTIFICATION,
  COUNCIL_REVIEW,
  CONCLUDED,
  PROMULGATED,
  FILED;

  /** Everything from the residents' notification on is public; a draft never is. */
  public boolean isPublic() {
    return this != DRAFT;
  }

  /** Concluded versions are in force (unless a later one replaces them). */
  public boolean isConcluded() {
    return ordinal() >= CONCLUDED.ordinal();
  }

  public String messageKey() {
    return "agreement.status." + name();
  }
}
