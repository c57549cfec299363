package jp.renkei.portal.consultation.entity;

/**
 * A step on a consultation, its minutes or materials that the rules do not allow now: refused,
 * nothing changed. The message key tells the person why, in their language.
 */
public class ConsultationRefused extends RuntimeException {

  private final String messageKey;

  public ConsultationRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
