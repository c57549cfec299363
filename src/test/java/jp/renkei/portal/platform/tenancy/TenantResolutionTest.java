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

  /** 要綱 第8: the prefecture observes the circles with a member in it, acting for none of them. */
  @Test
  void aPrefecturesObserverObservesTheCirclesWithAMemberInItsPrefecture() {
    var observer =
        CircleMembership.of(caller(PortalRole.PREFECTURE_OBSERVER, "/prefectures/02"), AOMORI)
            .orElseThrow();
    assertTrue(observer.observer());
    assertEquals(Set.of(), observer.municipalityCodes(), "works for no municipality");
    assertFalse(observer.actsForCentralCity());

    assertTrue(
        CircleMembership.of(caller(PortalRole.PREFECTURE_OBSERVER, "/prefectures/20"), AOMORI)
            .isEmpty(),
        "長野県 does not observe 青森");
    assertTrue(
        CircleMembership.of(caller(PortalRole.PARTNER_STAFF, "/prefectures/02"), AOMORI).isEmpty(),
        "the group without the role is nothing");
    assertTrue(
        CircleMembership.of(caller(PortalRole.PREFECTURE_OBSERVER, "/prefectures/2"), AOMORI)
            .isEmpty(),
        "a malformed code is nothing");
  }

  @Test
  void aCircleAcrossPrefecturesIsObservedByEach() {
    Tenant fukuyama = new Tenant(4, "bingo", Set.of("342076"), Set.of("342076", "332054"));
    assertEquals(Set.of("34", "33"), fukuyama.prefectureCodes());
    assertTrue(
        CircleMembership.of(caller(PortalRole.PREFECTURE_OBSERVER, "/prefectures/33"), fukuyama)
            .isPresent(),
        "岡山県 observes a circle with one of its municipalities");
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
