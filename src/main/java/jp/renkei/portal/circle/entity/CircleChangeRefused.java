package jp.renkei.portal.circle.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** A change to a circle the rules do not allow: refused, nothing changed; the key says why. */
public class CircleChangeRefused extends Refusal {

  public CircleChangeRefused(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
