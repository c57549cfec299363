package jp.renkei.portal.platform.tenancy;

import java.util.EnumSet;
import java.util.Set;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * Who may open a page of a circle: anybody (public content), or members of that circle holding one
 * of the given roles.
 *
 * <pre>{@code
 * PageAccess.PUBLIC;
 * PageAccess.members(PortalRole.CENTRAL_CITY_STAFF, PortalRole.PARTNER_STAFF);
 * }</pre>
 */
public record PageAccess(boolean membersOnly, Set<PortalRole> roles) {

  public static final PageAccess PUBLIC = new PageAccess(false, Set.of());

  public PageAccess {
    roles = Set.copyOf(roles);
  }

  /** Members of the circle with any of these roles; with none given, members with any role. */
  public static PageAccess members(PortalRole... roles) {
    return new PageAccess(
        true, roles.length == 0 ? EnumSet.allOf(PortalRole.class) : EnumSet.of(roles[0], roles));
  }

  /** What to do with this caller, who holds the given membership (or none) in the circle. */
  public AccessDecision decide(Caller caller, boolean isMember) {
    if (!membersOnly) {
      return AccessDecision.ALLOW;
    }
    if (!caller.isSignedIn()) {
      return AccessDecision.SIGN_IN;
    }
    boolean roleFits = roles.stream().anyMatch(caller::hasRole);
    return isMember && roleFits ? AccessDecision.ALLOW : AccessDecision.FORBIDDEN;
  }

  /** The outcome of an access check. */
  public enum AccessDecision {
    ALLOW,
    SIGN_IN,
    FORBIDDEN
  }
}
