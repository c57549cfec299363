package jp.renkei.portal.agreement.entity;

/**
 * A step the agreement's lifecycle does not allow now: refused, nothing changed. The message key
 * tells the person why, in their language.
 */
public class LifecycleViolation extends RuntimeException {

  private final String messageKey;

  public LifecycleViolation(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
