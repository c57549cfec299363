package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The public face of the request's circle — names, central city, partners — for the pages ({@code
 * #{currentCircle.profile.nameIn(language.locale)}}) and for other contexts' boundaries, which ask
 * it rather than look the circle up themselves.
 *
 * <pre>{@code
 * currentCircle.profile().partners();
 * }</pre>
 */
@Named
@RequestScoped
public class CurrentCircle {

  @Inject TenantContext tenant;
  @Inject CircleCatalog catalog;

  private CircleProfile profile;

  /** The circle the tenancy gate entered for this request. */
  public CircleProfile profile() {
    if (profile == null || profile.id() != tenant.circleId()) {
      profile =
          catalog
              .byId(tenant.circleId())
              .orElseThrow(() -> new IllegalStateException("The request's circle is gone"));
    }
    return profile;
  }

  public CircleProfile getProfile() {
    return profile();
  }
}
