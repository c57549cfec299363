package jp.renkei.portal.attachment.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** An attachment step that did not happen, with the reason's message key. */
public class AttachmentRefused extends Refusal {

  public AttachmentRefused(String messageKey) {
    super(messageKey);
  }
}
