package jp.renkei.portal.feedback.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** Feedback refused (empty, too long, too many too fast, …): nothing stored; the key says why. */
public class FeedbackRefused extends Refusal {

  public FeedbackRefused(String messageKey) {
    super(messageKey);
  }
}
