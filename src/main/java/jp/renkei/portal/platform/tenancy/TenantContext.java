package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * The circle this request is about and the caller's verified membership in it: the one place where
 * the tenant is resolved. The front controller enters it from the URL before any page or bean runs;
 * code that works on circle-owned data asks it for the circle and never takes a circle id from a
 * form.
 */
@Named("tenant")
@RequestScoped
public class TenantContext {

  @Inject CurrentCaller currentCaller;

  private CircleProfile circle;
  private CircleMembership membership;
  private Long pathId;

  /**
   * Binds this request to the circle (and the id in its address); once, by the front controller.
   */
  void enter(CircleProfile circle, Long pathId) {
    if (this.circle != null) {
      throw new IllegalStateException("The tenant of a request is set once");
    }
    this.circle = circle;
    this.pathId = pathId;
    this.membership = CircleMembership.of(currentCaller.get(), circle).orElse(null);
  }

  public boolean isActive() {
    return circle != null;
  }

  /** The circle of this request; fails outside a circle's space, where there is none. */
  public CircleProfile getCircle() {
    if (circle == null) {
      throw new IllegalStateException("No circle in this request");
    }
    return circle;
  }

  /** The id in the address ({@code /c/aomori/agreements/12} → 12); fails when there is none. */
  public long getPathId() {
    if (pathId == null) {
      throw new IllegalStateException("No id in this address");
    }
    return pathId;
  }

  /** True when the caller works for one of these municipalities in this circle. */
  public boolean actsFor(String municipalityCode) {
    return membership != null
        && membership.municipalities().stream().anyMatch(m -> m.code().equals(municipalityCode));
  }

  /** True for the central city's staff of this circle. */
  public boolean isCentralCityStaff() {
    return membership != null
        && membership.actsForCentralCity()
        && hasRole(PortalRole.CENTRAL_CITY_STAFF);
  }

  /** True for the mayors' offices of this circle: central-city or partner staff who are members. */
  public boolean isOfficeStaff() {
    return membership != null
        && (hasRole(PortalRole.CENTRAL_CITY_STAFF) || hasRole(PortalRole.PARTNER_STAFF));
  }

  public Optional<CircleMembership> membership() {
    return Optional.ofNullable(membership);
  }

  public CircleMembership getMembership() {
    return membership;
  }

  public boolean isMember() {
    return membership != null;
  }

  public Caller getCaller() {
    return currentCaller.get();
  }

  public boolean hasRole(PortalRole role) {
    return currentCaller.get().hasRole(role);
  }
}
