package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.security.CurrentCaller;

/**
 * The circles the signed-in person is a verified member of, for the circle switcher: a person in
 * two circles moves between them with one sign-in.
 */
@Named
@RequestScoped
public class CallerCircles {

  @Inject CircleCatalog catalog;
  @Inject CurrentCaller caller;

  private List<CircleProfile> circles;

  public List<CircleProfile> getAll() {
    if (circles == null) {
      var me = caller.get();
      circles =
          me.isSignedIn()
              ? catalog.all().stream().filter(c -> CircleMembership.of(me, c).isPresent()).toList()
              : List.of();
    }
    return circles;
  }
}
