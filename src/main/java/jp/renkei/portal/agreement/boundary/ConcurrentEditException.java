package jp.renkei.portal.agreement.boundary;

/**
 * Somebody else saved the draft since this person opened it: their save is refused, nothing is
 * overwritten, and they reload to see the other changes.
 */
public class ConcurrentEditException extends RuntimeException {
  public static final String MESSAGE_KEY = "agreement.error.concurrent-edit";

  public ConcurrentEditException() {
    super(MESSAGE_KEY);
  }
}
