package jp.renkei.portal.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.SectionText;
import jp.renkei.portal.platform.web.Steps;

/**
 * The residents' side of a document's page ({@code /WEB-INF/includes/feedback-form.xhtml}): the
 * opinion form — on the whole or on one section — and, for the councils and the central city, the
 * opinions received. The page's {@code {id}} is the document; the include says which kind.
 */
@Named
@RequestScoped
public class FeedbackForm {

  @Inject ResidentsFeedback feedback;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject JapanClock clock;

  private final SectionText text = new SectionText();
  private ResidentsFeedback.Opinions readable;
  private Optional<NoticeBoard.Published> response;

  /** The cursor of the page of opinions to show, after the last of the previous page. */
  public static final String OPINIONS = "opinions";

  /** How much of the opinion the receipt repeats. */
  static final int RECEIPT_EXCERPT = 80;

  /**
   * Sends the opinion; on success the document's page says thank you with the receipt: the number
   * to quote and the start of what was received (all of it is on the resident's own page).
   */
  public void submit(String type) {
    steps.attempt(
        () -> {
          ResidentsFeedback.Receipt receipt =
              feedback.give(
                  FeedbackSubject.Type.valueOf(type),
                  tenant.getPathId(),
                  text.getSection(),
                  text.getBody());
          FacesMessages.doneAndGoTo(
              "feedback.done.receipt",
              "/c/" + tenant.getSlug() + "/" + receipt.document().pagePath(),
              Long.toString(receipt.number()),
              excerpt(receipt.text()));
        });
  }

  static String excerpt(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= RECEIPT_EXCERPT
        ? oneLine
        : oneLine.substring(0, RECEIPT_EXCERPT) + "…";
  }

  /**
   * The page of opinions the caller may read on the page's document (none for most people): the
   * first, or the one after the cursor in {@code ?opinions=}.
   */
  public ResidentsFeedback.Opinions readable(String type) {
    if (readable == null) {
      readable =
          feedback.readable(
              FeedbackSubject.Type.valueOf(type), tenant.getPathId(), opinionsCursor());
    }
    return readable;
  }

  /** True on a page of opinions after the first: the page offers a way back to the start. */
  public boolean isLaterOpinions() {
    return opinionsCursor() != null;
  }

  private static String opinionsCursor() {
    // The forwarded page's own parameters (the injected request is the one before the forward).
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(OPINIONS);
  }

  /**
   * The document's published 意見と考え方 (the notice that carries it), or null while it is not
   * published.
   */
  public NoticeBoard.Published publishedResponse(String type) {
    if (response == null) {
      response = feedback.publishedResponse(FeedbackSubject.Type.valueOf(type), tenant.getPathId());
    }
    return response.orElse(null);
  }

  /** Whether a comment period that starts on {@code opens} is still to come. */
  public boolean isAhead(LocalDate opens) {
    return opens != null && clock.today().isBefore(opens);
  }

  /** The text the form posts, with the section it is about. */
  public SectionText getText() {
    return text;
  }
}
