package jp.renkei.portal.vision.entity;

/** Where a version of the vision stands. Labels: {@code vision.status.<NAME>}. */
public enum VisionStatus {
  /** Being drafted or consulted on; at most one per circle. */
  DRAFT,
  /** A draft a newer draft of the same cycle took the place of. */
  REPLACED,
  /** The vision in force. */
  ADOPTED,
  /** Adopted once, then revised: kept for the record. */
  SUPERSEDED;

  public String messageKey() {
    return "vision.status." + name();
  }
}
