package jp.renkei.portal.administration.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** An administrative change the rules do not allow: refused, nothing changed. */
public class AdministrationRefused extends Refusal {

  public AdministrationRefused(String messageKey) {
    super(messageKey);
  }
}
