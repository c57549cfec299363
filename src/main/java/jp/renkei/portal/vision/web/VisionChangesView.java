package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * {@code /c/{slug}/vision/versions/{id}/changes}: section by section, what this version changed
 * from the one it was made from — readable by whoever may read the version.
 */
@Named
@RequestScoped
public class VisionChangesView {

  @Inject Visions visions;
  @Inject VersionOnPage versionOnPage;
  @Inject TenantContext tenant;
  @Inject LanguageSelection language;

  private List<VisionSections.SectionChange> changes;

  public VisionRead getRead() {
    return versionOnPage.read();
  }

  public VisionVersion getBasedOn() {
    return visions.basedOn(getRead().version()).orElse(null);
  }

  public List<VisionSections.SectionChange> getChanges() {
    if (changes == null) {
      changes = visions.changes(tenant.getPathId(), language.getLocale());
    }
    return changes;
  }

  public boolean isAnyChange() {
    return getChanges().stream().anyMatch(VisionSections.SectionChange::changed);
  }
}
