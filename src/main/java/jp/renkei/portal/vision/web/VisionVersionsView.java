package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.text.TypedNumbers;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.VisionDrafts;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/versions}: the versions the caller may read. The central city starts the
 * first vision here, and the yearly revision of the adopted one.
 */
@Named
@RequestScoped
public class VisionVersionsView {

  @Inject Visions visions;
  @Inject VisionDrafts drafts;
  @Inject TenantContext tenant;
  @Inject Steps steps;

  private List<VisionVersion> versions;
  private String title;
  private final PeriodForm period = new PeriodForm();

  public List<VisionVersion> getVersions() {
    if (versions == null) {
      versions = visions.versions();
    }
    return versions;
  }

  public boolean isRuns() {
    return visions.runs();
  }

  /** The adopted version a revision can start from, when no draft is under way. */
  public VisionVersion getRevisable() {
    boolean draftUnderWay = getVersions().stream().anyMatch(VisionVersion::isDraft);
    return draftUnderWay
        ? null
        : getVersions().stream()
            .filter(v -> v.status() == VisionStatus.ADOPTED)
            .findFirst()
            .orElse(null);
  }

  public void startFirst() {
    Integer start = TypedNumbers.integer(period.getStart()).orElse(null);
    Integer end = TypedNumbers.integer(period.getEnd()).orElse(null);
    long[] id = new long[1];
    steps.run(
        () -> {
          if (start == null || end == null) {
            throw new jp.renkei.portal.vision.entity.VisionRefused("vision.error.period");
          }
          id[0] = drafts.startFirstDraft(title, start, end);
        },
        "vision.done.started",
        "vision/versions");
  }

  public void revise(long fromId) {
    steps.run(() -> drafts.newDraft(fromId), "vision.done.new-draft", "vision/versions");
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public PeriodForm getPeriod() {
    return period;
  }
}
