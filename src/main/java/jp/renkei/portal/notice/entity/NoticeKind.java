package jp.renkei.portal.notice.entity;

/** What a public notice is about. Labels: {@code notice.kind.<NAME>}. */
public enum NoticeKind {
  AGREEMENT_DRAFT,
  AGREEMENT_CONCLUDED,
  AGREEMENT_PROMULGATED,
  AGREEMENT_TERMINATION,
  AGREEMENT_LAPSED,
  FEEDBACK_RESPONSE,
  CONSULTATION_MINUTES,
  ROUNDTABLE_MINUTES,
  VISION_PUBLIC_COMMENT,
  VISION_ADOPTED,
  VISION_EVALUATION,
  DECLARATION,
  /** A notice the central city writes itself (お知らせ). */
  GENERAL;

  public String messageKey() {
    return "notice.kind." + name();
  }
}
