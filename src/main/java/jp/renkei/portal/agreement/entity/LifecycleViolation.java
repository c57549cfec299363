package jp.renkei.portal.agreement.entity;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * A step the agreement's lifecycle does not allow now: refused, nothing changed. The message key
 * tells the person why, in their language.
 */
public class LifecycleViolation extends Refusal {

  public LifecycleViolation(String messageKey) {
    super(messageKey);
  }
}
