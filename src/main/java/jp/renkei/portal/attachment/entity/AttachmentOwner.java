package jp.renkei.portal.attachment.entity;

/** The kinds of document a file may be attached to. */
public enum AttachmentOwner {
  /** An agreement (its id): the signed original, explanatory material. */
  AGREEMENT,
  /** A vision version (its id): maps, the data behind it. */
  VISION_VERSION,
  /** A public notice (its id): the document it announces. */
  NOTICE
}
