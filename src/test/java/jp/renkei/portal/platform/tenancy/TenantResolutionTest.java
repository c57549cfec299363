package jp.renkei.portal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.circle.entity.CircleRole;
import jp.renkei.portal.circle.entity.LocalizedName;
import jp.renkei.portal.circle.entity.MunicipalityKind;
import jp.renkei.portal.circle.entity.Prefecture;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;
import org.junit.jupiter.api.Test;

/** How a caller's token groups become a verified membership of one circle. */
class TenantResolutionTest {

  static final CircleProfile AOMORI =
      new CircleProfile(
          1,
          "aomori",
          new LocalizedName("青森圏域", "Aomori"),
          List.of(member("022012", CircleRole.CENTRAL_CITY)),
          List.of(member("023035", CircleRole.PARTNER), member("023043", CircleRole.PARTNER)));

  static MemberMunicipality member(String code, CircleRole role) {
    return new MemberMunicipality(
        code, new LocalizedName(code, code), Prefecture.AOMORI, MunicipalityKind.TOWN, role);
  }

  static Caller caller(PortalRole role, String... groups) {
    return new Caller("someone", Set.of(role), Set.of(groups));
  }

  @Test
  void aPartnersStaffIsAMemberForTheirMunicipality() {
    var membership =
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/aomori/023035"), AOMORI)
            .orElseThrow();

    assertEquals(
        List.of("023035"), membership.municipalities().stream().map(m -> m.code()).toList());
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
    assertEquals(List.of(), membership.municipalities());
  }

  @Test
  void theAnonymousVisitorIsNobodysMember() {
    assertTrue(CircleMembership.of(Caller.ANONYMOUS, AOMORI).isEmpty());
  }

  static CircleProfile mutsuwan() {
    return new CircleProfile(
        3,
        "mutsuwan",
        new LocalizedName("陸奥湾", "Mutsu Bay"),
        List.of(member("022039", CircleRole.CENTRAL_CITY)),
        List.of(member("023035", CircleRole.PARTNER)));
  }

  @Test
  void aPersonInTwoCirclesIsAMemberOfBoth() {
    Caller both = caller(PortalRole.PARTNER_STAFF, "/aomori/023035", "/mutsuwan/023035");
    assertTrue(CircleMembership.of(both, mutsuwan()).isPresent());
    assertTrue(CircleMembership.of(both, AOMORI).isPresent());
  }
}
