package jp.renkei.portal.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback.Moderation;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/agreements/{id}/feedback} and {@code /c/{slug}/vision/versions/{id}/feedback}:
 * the central city moderates the residents' feedback on a document put to them — hides abusive
 * items with a reason (never deletes), writes its response to each, exports them to CSV and
 * publishes the summary (意見と考え方) when the period is over. One page for every kind of document: the
 * address says which kind ({@code ?document=}, set by the page registry).
 */
@Named
@RequestScoped
public class ModerationView {

  /** The cursor of the page to show ({@code ?after=}): the last item of the previous page. */
  static final String AFTER = "after";

  /** The request parameter the page registry sets: which kind of document the page is about. */
  public static final String DOCUMENT = "document";

  @Inject ResidentsFeedback feedback;
  @Inject TenantContext tenant;
  @Inject LanguageSelection language;
  @Inject Steps steps;

  private Moderation moderation;
  private String reason;
  private String response;

  public Moderation getModeration() {
    if (moderation == null) {
      moderation = feedback.moderation(type(), tenant.getPathId(), parameter(AFTER));
    }
    return moderation;
  }

  /** The heading's name of the document, in the reader's language. */
  public String getTitle() {
    return getModeration().isPutToResidents()
        ? getModeration().document().title(language.getLocale())
        : "";
  }

  public String sectionName(String key) {
    return getModeration().document().sectionName(key, language.getLocale());
  }

  /** The CSV export of every item, relative to the circle. */
  public String getCsvPath() {
    return getModeration().document().moderationPath() + ".csv";
  }

  public void hide(long feedbackId) {
    run(
        () -> feedback.hide(type(), tenant.getPathId(), feedbackId, reason),
        "feedback.done.hidden");
  }

  public void respond(long feedbackId) {
    run(
        () -> feedback.respond(type(), tenant.getPathId(), feedbackId, response),
        "feedback.done.responded");
  }

  public void publishSummary() {
    run(() -> feedback.publishSummary(type(), tenant.getPathId()), "feedback.done.published");
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, getModeration().document().moderationPath());
  }

  /** True on a page after the first: the page offers a way back to the start. */
  public boolean isLaterPage() {
    return parameter(AFTER) != null;
  }

  private FeedbackSubject.Type type() {
    return typeOf(parameter(DOCUMENT));
  }

  private static String parameter(String name) {
    // The page's own request, as forwarded by the front controller with the registry's parameter
    // (the injected request is the one the container received, before the forward).
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /** The kind of document the registry's address names; a 404 for anything else. */
  static FeedbackSubject.Type typeOf(String document) {
    try {
      return FeedbackSubject.Type.valueOf(String.valueOf(document));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("document kind " + document);
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getResponse() {
    return response;
  }

  public void setResponse(String response) {
    this.response = response;
  }
}
