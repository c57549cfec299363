package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.web.ModerationForm;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;

/**
 * {@code /c/{slug}/vision/versions/{id}/feedback}: the central city moderates the residents'
 * comments on a draft put to them, with the moderation page the agreements use.
 */
@Named
@RequestScoped
public class VisionModerationView extends ModerationForm {

  @Inject Visions visions;
  @Inject TenantContext tenant;
  @Inject LanguageSelection language;

  private VisionRead read;
  private List<Feedback> items;

  public VisionRead getRead() {
    if (read == null) {
      read = visions.read(tenant.getPathId());
    }
    return read;
  }

  public boolean isPutToResidents() {
    return getRead().version().commentOpens() != null;
  }

  @Override
  public List<Feedback> getItems() {
    if (items == null) {
      items = visions.feedbackOn(tenant.getPathId());
    }
    return items;
  }

  @Override
  public boolean isSummaryPublished() {
    return visions.isFeedbackSummaryPublished(getRead().version());
  }

  @Override
  public void hide(long feedbackId) {
    run(() -> visions.hideFeedback(id(), feedbackId, getReason()), "feedback.done.hidden");
  }

  @Override
  public void respond(long feedbackId) {
    run(
        () -> visions.respondToFeedback(id(), feedbackId, getResponse()),
        "feedback.done.responded");
  }

  @Override
  public void publishSummary() {
    run(() -> visions.publishFeedbackSummary(id()), "feedback.done.published");
  }

  @Override
  public String getCsvPath() {
    return "vision/versions/" + id() + "/feedback.csv";
  }

  @Override
  public String sectionName(String key) {
    return VisionSections.heading(getRead().version(), key, language.getLocale());
  }

  private void run(Runnable step, String doneKey) {
    VisionSteps.run(tenant, step, doneKey, "vision/versions/" + id() + "/feedback");
  }

  private long id() {
    return tenant.getPathId();
  }
}
