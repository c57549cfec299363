package jp.renkei.portal.agreement.boundary;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * Somebody else saved the draft since this person opened it: their save is refused, nothing is
 * overwritten, and they reload to see the other changes.
 */
public class ConcurrentEditException extends Refusal {

  public static final String MESSAGE_KEY = "agreement.error.concurrent-edit";

  public ConcurrentEditException() {
    super(MESSAGE_KEY);
  }
}
