package jp.renkei.portal.consultation.entity;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * A step on a consultation, its minutes or materials that the rules do not allow now: refused,
 * nothing changed. The message key tells the person why, in their language.
 */
public class ConsultationRefused extends Refusal {

  public ConsultationRefused(String messageKey) {
    super(messageKey);
  }
}
