package jp.renkei.portal.circle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.tenancy.CircleMembership;
import jp.renkei.portal.platform.tenancy.TenantDirectory;

/**
 * The circles the signed-in person is a verified member of, for the circle switcher in the header:
 * a person in two circles moves between them with one sign-in.
 */
@Named
@RequestScoped
public class CallerCircles {

  @Inject CircleCatalog catalog;
  @Inject TenantDirectory tenants;
  @Inject CurrentCaller caller;

  private List<CircleProfile> circles;

  public List<CircleProfile> getAll() {
    if (circles == null) {
      var me = caller.get();
      circles =
          me.isSignedIn()
              ? tenants.tenants().stream()
                  .filter(t -> CircleMembership.of(me, t).isPresent())
                  .map(t -> catalog.byId(t.id()))
                  .flatMap(java.util.Optional::stream)
                  .toList()
              : List.of();
    }
    return circles;
  }
}
