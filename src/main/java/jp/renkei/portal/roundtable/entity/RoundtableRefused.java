package jp.renkei.portal.roundtable.entity;

/** A roundtable change the rules do not allow: refused, nothing changed; the key says why. */
public class RoundtableRefused extends RuntimeException {

  private final String messageKey;

  public RoundtableRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
