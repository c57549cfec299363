package jp.renkei.portal.inbox.entity;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * A refused request about mail and follows: an address that is not one, a link that was forged or
 * has been used, mail that could not be sent. Nothing changed; the message key says why.
 */
public class InboxRefused extends Refusal {

  public InboxRefused(String messageKey) {
    super(messageKey);
  }
}
