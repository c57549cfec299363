package jp.renkei.portal.feedback.web;

/**
 * The two fields the moderation page posts — the reason for hiding an item and the response to it —
 * so that each document's moderation view only says how it moderates.
 */
public abstract class ModerationForm implements FeedbackModeration {

  private String reason;
  private String response;

  @Override
  public String getReason() {
    return reason;
  }

  @Override
  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public String getResponse() {
    return response;
  }

  @Override
  public void setResponse(String response) {
    this.response = response;
  }
}
