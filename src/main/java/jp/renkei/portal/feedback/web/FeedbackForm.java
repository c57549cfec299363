package jp.renkei.portal.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.feedback.boundary.CommentedDocument;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.tenancy.TenantContext;
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

  private final SectionText text = new SectionText();
  private List<Feedback> readable;

  /** Sends the opinion; on success the document's page says thank you. */
  public void submit(String type) {
    steps.attempt(
        () -> {
          CommentedDocument document =
              feedback.give(
                  FeedbackSubject.Type.valueOf(type),
                  tenant.getPathId(),
                  text.getSection(),
                  text.getBody());
          FacesMessages.doneAndGo("feedback.done.thanks", tenant.getSlug(), document.pagePath());
        });
  }

  /** The opinions the caller may read on the page's document (none for most people). */
  public List<Feedback> readable(String type) {
    if (readable == null) {
      readable = feedback.readable(FeedbackSubject.Type.valueOf(type), tenant.getPathId());
    }
    return readable;
  }

  /** The text the form posts, with the section it is about. */
  public SectionText getText() {
    return text;
  }
}
