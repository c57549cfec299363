package jp.renkei.portal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;
import org.junit.jupiter.api.Test;

/** How a caller's token groups become a verified membership of one circle. */
class TenantResolutionTest {

  static final Tenant AOMORI =
      new Tenant(1, "aomori", Set.of("022012"), Set.of("022012", "023035", "023043"));

  static final Tenant MUTSUWAN =
      new Tenant(3, "mutsuwan", Set.of("022039"), Set.of("022039", "023035"));

  static Caller caller(PortalRole role, String... groups) {
    return new Caller("someone", Set.of(role), Set.of(groups));
  }

  @Test
  void aPartnersStaffIsAMemberForTheirMunicipality() {
    var membership =
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/aomori/023035"), AOMORI)
            .orElseThrow();

    assertEquals(Set.of("023035"), membership.municipalityCodes());
    assertFalse(membership.actsForCentralCity());
  }

  @Test
  void theCentralCitysStaffActsForTheCentralCity() {
    var membership =
        CircleMembership.of(caller(PortalRole.CENTRAL_CITY_STAFF, "/aomori/022012"), AOMORI)
            .orElseThrow();
    assertTrue(membership.actsForCentralCity());
  }

  @Test
  void membersOfAnotherCircleAreNotMembersHere() {
    assertTrue(
        CircleMembership.of(caller(PortalRole.CENTRAL_CITY_STAFF, "/nagano/202011"), AOMORI)
            .isEmpty());
    // A circle whose slug starts like this one is another circle.
    assertTrue(
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/aomori2/023035"), AOMORI).isEmpty());
  }

  @Test
  void aTokenNamingAMunicipalityOutsideTheCircleGivesNoMembership() {
    assertTrue(
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/aomori/202011"), AOMORI).isEmpty());
    assertTrue(
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/aomori/023035/x"), AOMORI)
            .isEmpty());
  }

  @Test
  void aCircleWideMemberActsForNoMunicipality() {
    var membership =
        CircleMembership.of(caller(PortalRole.ROUNDTABLE_MEMBER, "/aomori"), AOMORI).orElseThrow();
    assertEquals(Set.of(), membership.municipalityCodes());
  }

  @Test
  void theAnonymousVisitorIsNobodysMember() {
    assertTrue(CircleMembership.of(Caller.ANONYMOUS, AOMORI).isEmpty());
  }

  @Test
  void aPersonInTwoCirclesIsAMemberOfBoth() {
    Caller both = caller(PortalRole.PARTNER_STAFF, "/aomori/023035", "/mutsuwan/023035");
    assertTrue(CircleMembership.of(both, MUTSUWAN).isPresent());
    assertTrue(CircleMembership.of(both, AOMORI).isPresent());
  }
}
