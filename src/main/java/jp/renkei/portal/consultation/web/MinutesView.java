package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.consultation.boundary.ConsultationMinutes;
import jp.renkei.portal.consultation.boundary.MinutesRead;
import jp.renkei.portal.consultation.entity.Minutes;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.PublicationTimeForm;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/consultations/{id}/minutes}: the minutes. The parties see the current record
 * with comments and approvals and act on it (the central city drafts, revises, circulates and
 * publishes; each party comments and approves); anybody else sees the newest published minutes, or
 * a 404 when there are none.
 */
@Named
@RequestScoped
public class MinutesView {

  @Inject ConsultationMinutes minutes;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject PublicationTimeForm publicationTime;

  private MinutesRead read;
  private String body;
  private Integer revision;
  private String comment;
  private boolean changeRequested;

  public MinutesRead getRead() {
    if (read == null) {
      read = minutes.read(tenant.getPathId());
    }
    return read;
  }

  /** The editor starts from the current text (or empty for the first draft). */
  public String getBody() {
    if (body == null) {
      body = getRead().shown().map(Minutes::body).orElse("");
    }
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  /** The revision the person read, sent back with every change so a newer one is not overruled. */
  public Integer getRevision() {
    if (revision == null) {
      revision = getRead().shown().map(Minutes::revision).orElse(0);
    }
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }

  public void save() {
    run(
        () -> {
          if (getRead().shown().isEmpty()) {
            minutes.draft(id(), body);
          } else {
            minutes.revise(id(), revision, body);
          }
        },
        "minutes.done.saved");
  }

  public void circulate() {
    run(() -> minutes.circulate(id()), "minutes.done.circulated");
  }

  public void approve() {
    run(() -> minutes.approve(id(), revision), "minutes.done.approved");
  }

  public void addComment() {
    run(() -> minutes.comment(id(), revision, comment, changeRequested), "minutes.done.commented");
  }

  public void publish() {
    run(() -> minutes.publish(id(), null), "minutes.done.published");
  }

  public void schedulePublication() {
    run(
        () -> minutes.schedulePublication(id(), publicationTime.at()),
        "publication.done.scheduled");
  }

  public void withdrawScheduledPublication() {
    run(() -> minutes.withdrawScheduledPublication(id()), "publication.done.withdrawn");
  }

  /** When the final minutes are prepared to be published, for the central city; else null. */
  public java.time.LocalDateTime getScheduledAt() {
    return getRead().records().stream()
        .filter(Minutes::isScheduled)
        .map(Minutes::publishAt)
        .findFirst()
        .orElse(null);
  }

  public void startCorrection() {
    run(() -> minutes.startCorrection(id()), "minutes.done.correction");
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, "consultations/" + id() + "/minutes");
  }

  private long id() {
    return tenant.getPathId();
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isChangeRequested() {
    return changeRequested;
  }

  public void setChangeRequested(boolean changeRequested) {
    this.changeRequested = changeRequested;
  }
}
