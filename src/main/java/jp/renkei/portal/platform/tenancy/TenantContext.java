package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * The circle this request is about and the caller's verified membership in it: the one place where
 * the tenant is resolved. The {@link TenantGate} enters it from the URL — of a page, a download or
 * the API — before any page, resource or bean runs; repositories take the circle from here and
 * never from a caller.
 *
 * <pre>{@code
 * em.createQuery("SELECT a FROM Agreement a WHERE a.circleId = :circle", Agreement.class)
 *     .setParameter("circle", tenant.circleId());
 * }</pre>
 *
 * <p>Work that spans the caller's circles (the inbox) visits each with {@link #within}.
 */
@Named("tenant")
@RequestScoped
public class TenantContext {

  @Inject CurrentCaller currentCaller;

  private Tenant tenant;
  private CircleMembership membership;
  private Long pathId;

  /**
   * Binds this request to the circle (and the id in its address); once, by the {@link TenantGate}.
   */
  void enter(Tenant tenant, Long pathId) {
    if (this.tenant != null) {
      throw new IllegalStateException("The tenant of a request is set once");
    }
    this.tenant = tenant;
    this.pathId = pathId;
    this.membership = CircleMembership.of(currentCaller.get(), tenant).orElse(null);
  }

  /**
   * Runs {@code work} bound to another circle of the caller's, then restores this request's circle:
   * for work that spans circles, such as the inbox that lists what awaits a person in each of them.
   */
  public <T> T within(Tenant other, Supplier<T> work) {
    Tenant previousTenant = tenant;
    CircleMembership previousMembership = membership;
    Long previousPathId = pathId;
    tenant = other;
    pathId = null;
    membership = CircleMembership.of(currentCaller.get(), other).orElse(null);
    try {
      return work.get();
    } finally {
      tenant = previousTenant;
      membership = previousMembership;
      pathId = previousPathId;
    }
  }

  public boolean isActive() {
    return tenant != null;
  }

  /** The circle of this request; fails outside a circle's space, where there is none. */
  public Tenant getTenant() {
    if (tenant == null) {
      throw new IllegalStateException("No circle in this request");
    }
    return tenant;
  }

  /** The id of this request's circle, for the repositories' queries. */
  public long circleId() {
    return getTenant().id();
  }

  /** The address of this request's circle ({@code aomori}), for links. */
  public String getSlug() {
    return getTenant().slug();
  }

  /** The id in the address ({@code /c/aomori/agreements/12} → 12); fails when there is none. */
  public long getPathId() {
    if (pathId == null) {
      throw new IllegalStateException("No id in this address");
    }
    return pathId;
  }

  /** True when the caller works for this municipality in this circle. */
  public boolean actsFor(String municipalityCode) {
    return membership != null && membership.actsFor(municipalityCode);
  }

  /** The municipalities of this circle the caller works for; empty for circle-wide members. */
  public Set<String> municipalityCodes() {
    return membership == null ? Set.of() : membership.municipalityCodes();
  }

  /** True when the caller works for the central city (or one of two acting jointly). */
  public boolean actsForCentralCity() {
    return membership != null && membership.actsForCentralCity();
  }

  /** True for the central city's staff of this circle. */
  public boolean isCentralCityStaff() {
    return actsForCentralCity() && hasRole(PortalRole.CENTRAL_CITY_STAFF);
  }

  /** True for the mayors' offices of this circle: central-city or partner staff who are members. */
  public boolean isOfficeStaff() {
    return membership != null
        && (hasRole(PortalRole.CENTRAL_CITY_STAFF) || hasRole(PortalRole.PARTNER_STAFF));
  }

  /**
   * True for a prefecture's officer observing this circle (a member in their prefecture): they read
   * its members' pages and drafts and change nothing.
   */
  public boolean isPrefectureObserver() {
    return membership != null && membership.observer();
  }

  public Optional<CircleMembership> membership() {
    return Optional.ofNullable(membership);
  }

  public boolean isMember() {
    return membership != null;
  }

  /**
   * True when the caller may open this page of the circle (its path after {@code /c/{slug}/}, e.g.
   * {@code members}), decided by the rule the front controller applies: a link is offered only
   * where it leads somewhere — never to a sign-in or a 403.
   */
  public boolean mayOpen(String page) {
    return CirclePages.PAGES.stream()
        .filter(p -> p.path().equals(page))
        .findFirst()
        .map(p -> p.access().decide(getCaller(), isMember()) == PageAccess.AccessDecision.ALLOW)
        .orElse(false);
  }

  public Caller getCaller() {
    return currentCaller.get();
  }

  public boolean hasRole(PortalRole role) {
    return currentCaller.get().hasRole(role);
  }
}
