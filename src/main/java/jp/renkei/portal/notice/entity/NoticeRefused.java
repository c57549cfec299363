package jp.renkei.portal.notice.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** A notice step refused, nothing changed; the message key says why, in the person's language. */
public class NoticeRefused extends Refusal {

  public NoticeRefused(String messageKey) {
    super(messageKey);
  }
}
