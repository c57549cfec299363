package jp.renkei.portal.feedback.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.feedback.entity.FeedbackSubject;

/**
 * The contract a kind of document signs to take residents' feedback: it finds the version of one of
 * its documents that was put to the residents, as the caller may see it, and says who moderates and
 * who reads the opinions. Implemented as a CDI bean by each document's context; {@link
 * ResidentsFeedback} picks the one for the kind asked about.
 *
 * <pre>{@code
 * @RequestScoped
 * public class AgreementFeedback implements CommentedDocuments {
 *   public FeedbackSubject.Type type() { return FeedbackSubject.Type.AGREEMENT_VERSION; }
 *   …
 * }
 * }</pre>
 */
public interface CommentedDocuments {

  /** The kind of document this contract is for. */
  FeedbackSubject.Type type();

  /**
   * The newest version of the document ({@code documentId}: the agreement, or the vision version)
   * that was put to the residents; empty when none was yet. A document the caller may not see is a
   * {@code NotFoundException}.
   */
  Optional<CommentedDocument> putToResidents(long documentId);

  /** The documents of the request's circle that take residents' comments today. */
  List<CommentedDocument> openOn(LocalDate today);

  /** True when the caller moderates and answers this document's feedback (the central city). */
  boolean moderates(long documentId);

  /** True when the caller reads the opinions without moderating them (councils of the parties). */
  boolean reads(long documentId);
}
