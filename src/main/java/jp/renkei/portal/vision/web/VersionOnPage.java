package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.vision.boundary.VisionRead;
import jp.renkei.portal.vision.boundary.Visions;

/**
 * The vision version a page's address names ({@code /c/aomori/vision/versions/7/…}), read once per
 * request for every view of the page: a 404 when the caller may not read it.
 */
@RequestScoped
public class VersionOnPage {

  @Inject Visions visions;
  @Inject TenantContext tenant;

  private VisionRead read;

  public VisionRead read() {
    if (read == null) {
      read = visions.read(tenant.getPathId());
    }
    return read;
  }
}
