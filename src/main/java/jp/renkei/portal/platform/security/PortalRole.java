package jp.renkei.portal.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of Keycloak's {@code renkei} realm, as the portal knows them. The token carries
 * them in its flat {@code groups} claim; Payara maps each to the role of the same name.
 */
public enum PortalRole {
  PORTAL_ADMIN("portal-admin"),
  CENTRAL_CITY_STAFF("central-city-staff"),
  PARTNER_STAFF("partner-staff"),
  COUNCIL_MEMBER("council-member"),
  ROUNDTABLE_MEMBER("roundtable-member"),
  /**
   * A prefecture's officer (要綱 第8: the prefecture advises and coordinates): reads the circles with
   * a member in its prefecture, drafts included, and changes nothing.
   */
  PREFECTURE_OBSERVER("prefecture-observer"),
  RESIDENT("resident");

  private final String roleName;

  PortalRole(String roleName) {
    this.roleName = roleName;
  }

  /** The role's name in Keycloak and in {@code @RolesAllowed}. */
  public String roleName() {
    return roleName;
  }

  public String messageKey() {
    return "security.role." + name();
  }

  /** True for the roles of people who work for a municipality of a circle. */
  public boolean isMunicipalStaff() {
    return this == CENTRAL_CITY_STAFF || this == PARTNER_STAFF;
  }

  public static Optional<PortalRole> byRoleName(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }
}
