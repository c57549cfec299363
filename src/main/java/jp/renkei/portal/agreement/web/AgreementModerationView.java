package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.agreement.boundary.AgreementRead;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.feedback.boundary.FeedbackRefused;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.web.ModerationForm;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;

/**
 * {@code /c/{slug}/agreements/{id}/feedback}: the central city moderates the residents' feedback on
 * the notified version (hides abusive items with a reason, never deletes), writes its response to
 * each, exports them to CSV and publishes the summary (意見と考え方) when the period is over.
 */
@Named
@RequestScoped
public class AgreementModerationView extends ModerationForm {

  @Inject Agreements agreements;
  @Inject TenantContext tenant;
  @Inject LanguageSelection language;

  private AgreementRead read;
  private AgreementVersion version;
  private List<Feedback> items;

  public AgreementRead getRead() {
    if (read == null) {
      read = agreements.read(tenant.getPathId());
    }
    return read;
  }

  /** The newest version that was put to the residents; null while there is none. */
  public AgreementVersion getVersion() {
    if (version == null) {
      version =
          getRead().versions().stream()
              .filter(v -> v.feedbackOpens() != null)
              .reduce((a, b) -> b)
              .orElse(null);
    }
    return version;
  }

  public boolean isPutToResidents() {
    return getVersion() != null;
  }

  @Override
  public List<Feedback> getItems() {
    if (items == null) {
      items =
          isPutToResidents()
              ? agreements.feedbackOn(tenant.getPathId(), getVersion().number())
              : List.of();
    }
    return items;
  }

  @Override
  public boolean isSummaryPublished() {
    return isPutToResidents() && agreements.isFeedbackSummaryPublished(getVersion());
  }

  @Override
  public void hide(long feedbackId) {
    run(
        () -> agreements.hideFeedback(tenant.getPathId(), feedbackId, getReason()),
        "feedback.done.hidden");
  }

  @Override
  public void respond(long feedbackId) {
    run(
        () -> agreements.respondToFeedback(tenant.getPathId(), feedbackId, getResponse()),
        "feedback.done.responded");
  }

  @Override
  public void publishSummary() {
    run(() -> agreements.publishFeedbackSummary(tenant.getPathId()), "feedback.done.published");
  }

  @Override
  public String getCsvPath() {
    return "agreements/" + getRead().agreement().id() + "/feedback.csv?v=" + getVersion().number();
  }

  @Override
  public String sectionName(String key) {
    return Messages.text(language.getLocale(), "agreement.clause." + key);
  }

  private void run(Runnable step, String doneKey) {
    try {
      step.run();
      FacesMessages.doneAndGo(
          doneKey, tenant.getCircle().slug(), "agreements/" + tenant.getPathId() + "/feedback");
    } catch (FeedbackRefused e) {
      FacesMessages.error(e.messageKey());
    } catch (jp.renkei.portal.agreement.entity.LifecycleViolation e) {
      FacesMessages.error(e.messageKey());
    }
  }
}
