package jp.renkei.portal.roundtable.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** A roundtable change the rules do not allow: refused, nothing changed; the key says why. */
public class RoundtableRefused extends Refusal {

  public RoundtableRefused(String messageKey) {
    super(messageKey);
  }
}
