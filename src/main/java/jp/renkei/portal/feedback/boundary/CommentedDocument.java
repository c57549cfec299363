package jp.renkei.portal.feedback.boundary;

import java.time.LocalDate;
import java.util.Locale;
import jp.renkei.portal.feedback.entity.FeedbackSubject;

/**
 * A document version put to the residents, as the feedback workflow needs to know it: what it is,
 * when it takes comments, its sections and where its pages are. Each document's context implements
 * it (agreements, the vision); the workflow — taking, moderating, answering, the summary and the
 * CSV — is the feedback context's alone.
 */
public interface CommentedDocument {

  /** Which version of which kind of document the opinions are about. */
  FeedbackSubject subject();

  /** The document's name for a heading and the summary's notice, in the reader's language. */
  String title(Locale locale);

  /** The first day of the comment period. */
  LocalDate opens();

  /** The last day of the comment period. */
  LocalDate closes();

  /**
   * True when residents may comment on it today: the period runs and the document still allows it
   * (an agreement sent on to the councils takes no more comments, whatever its period said).
   */
  boolean acceptsComments(LocalDate today);

  /** True when an opinion may be about this section ({@code PURPOSE}, {@code initiative-3}, …). */
  boolean hasSection(String key);

  /** A section key in words, in the reader's language. */
  String sectionName(String key, Locale locale);

  /** The document's page, relative to the circle ({@code agreements/3}). */
  String pagePath();

  /** The moderation page, relative to the circle ({@code agreements/3/feedback}). */
  String moderationPath();
}
