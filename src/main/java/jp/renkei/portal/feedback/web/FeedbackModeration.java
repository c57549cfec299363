package jp.renkei.portal.feedback.web;

import java.util.List;
import jp.renkei.portal.feedback.entity.Feedback;

/**
 * What the shared moderation page ({@code /WEB-INF/includes/feedback-moderation.xhtml}) needs from
 * a document that took residents' feedback: its items, the moderation steps, the CSV address and
 * the names of its sections. Each document's view implements it over its own boundary, which
 * decides who may moderate.
 */
public interface FeedbackModeration {

  List<Feedback> getItems();

  boolean isSummaryPublished();

  void hide(long feedbackId);

  void respond(long feedbackId);

  void publishSummary();

  String getReason();

  void setReason(String reason);

  String getResponse();

  void setResponse(String response);

  /**
   * The CSV export of all items, relative to the circle ({@code agreements/1/feedback.csv?v=2}).
   */
  String getCsvPath();

  /** A section key in words, for the item's heading. */
  String sectionName(String key);
}
