package jp.renkei.portal.vision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.vision.boundary.VisionAdoption;
import jp.renkei.portal.vision.boundary.Visions;
import jp.renkei.portal.vision.entity.VisionCopy;

/**
 * The notification on a partner office's circle home (第6(6)): copies of an adopted vision sent to
 * it and not yet confirmed, with the button that confirms receipt.
 */
@Named
@RequestScoped
public class VisionCopiesView {

  @Inject Visions visions;
  @Inject VisionAdoption adoption;
  @Inject TenantContext tenant;
  @Inject Steps steps;

  private List<VisionCopy> awaiting;

  public List<VisionCopy> getAwaiting() {
    if (awaiting == null) {
      // Every circle home asks; only partner offices receive copies, and asking nobody else keeps
      // the vision service out of the hottest page's requests.
      awaiting =
          tenant.hasRole(PortalRole.PARTNER_STAFF) ? adoption.copiesAwaitingReceipt() : List.of();
    }
    return awaiting;
  }

  public void confirm(long copyId) {
    steps.run(() -> adoption.confirmReceipt(copyId), "vision.done.received", "");
  }
}
