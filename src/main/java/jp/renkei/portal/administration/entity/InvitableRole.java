package jp.renkei.portal.administration.entity;

import jp.renkei.portal.platform.security.PortalRole;

/**
 * The roles a circle's administrator may give: staff of the central city or of a partner, a council
 * member of any member municipality, or a roundtable member of the circle as a whole. Labels:
 * {@code admin.role.<NAME>}.
 */
public enum InvitableRole {
  CENTRAL_CITY_STAFF(PortalRole.CENTRAL_CITY_STAFF),
  PARTNER_STAFF(PortalRole.PARTNER_STAFF),
  COUNCIL_MEMBER(PortalRole.COUNCIL_MEMBER),
  ROUNDTABLE_MEMBER(PortalRole.ROUNDTABLE_MEMBER);

  private final PortalRole role;

  InvitableRole(PortalRole role) {
    this.role = role;
  }

  public PortalRole portalRole() {
    return role;
  }

  /** True when the role belongs in a municipality's group; roundtable members join the circle's. */
  public boolean perMunicipality() {
    return this != ROUNDTABLE_MEMBER;
  }

  /** Whether this role fits a municipality of the circle with this place in it. */
  public boolean fits(boolean centralCity) {
    return switch (this) {
      case CENTRAL_CITY_STAFF -> centralCity;
      case PARTNER_STAFF -> !centralCity;
      case COUNCIL_MEMBER, ROUNDTABLE_MEMBER -> true;
    };
  }

  public String messageKey() {
    return role.messageKey();
  }
}
