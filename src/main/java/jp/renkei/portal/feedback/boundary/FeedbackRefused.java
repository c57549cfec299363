package jp.renkei.portal.feedback.boundary;

/** Feedback refused (empty, too long, too many too fast, …): nothing stored; the key says why. */
public class FeedbackRefused extends RuntimeException {

  private final String messageKey;

  public FeedbackRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
