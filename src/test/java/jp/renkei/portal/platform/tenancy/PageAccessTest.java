package jp.renkei.portal.platform.tenancy;

import static jp.renkei.portal.platform.tenancy.PageAccess.AccessDecision.ALLOW;
import static jp.renkei.portal.platform.tenancy.PageAccess.AccessDecision.FORBIDDEN;
import static jp.renkei.portal.platform.tenancy.PageAccess.AccessDecision.SIGN_IN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;
import org.junit.jupiter.api.Test;

class PageAccessTest {

  private static final PageAccess STAFF_ONLY =
      PageAccess.members(PortalRole.CENTRAL_CITY_STAFF, PortalRole.PARTNER_STAFF);

  private static Caller signedIn(PortalRole... roles) {
    return new Caller("someone", Set.of(roles), Set.of());
  }

  @Test
  void publicPagesLetEverybodyIn() {
    assertEquals(ALLOW, PageAccess.PUBLIC.decide(Caller.ANONYMOUS, false));
    assertEquals(ALLOW, PageAccess.PUBLIC.decide(signedIn(PortalRole.RESIDENT), false));
  }

  @Test
  void anonymousVisitorsOfMembersPagesAreAskedToSignIn() {
    assertEquals(SIGN_IN, STAFF_ONLY.decide(Caller.ANONYMOUS, false));
  }

  @Test
  void membersWithTheRightRoleGetIn() {
    assertEquals(ALLOW, STAFF_ONLY.decide(signedIn(PortalRole.PARTNER_STAFF), true));
  }

  @Test
  void theRightRoleInAnotherCircleIsNotEnough() {
    assertEquals(FORBIDDEN, STAFF_ONLY.decide(signedIn(PortalRole.CENTRAL_CITY_STAFF), false));
  }

  @Test
  void membersWithTheWrongRoleAreRefused() {
    assertEquals(FORBIDDEN, STAFF_ONLY.decide(signedIn(PortalRole.COUNCIL_MEMBER), true));
    assertEquals(FORBIDDEN, STAFF_ONLY.decide(signedIn(PortalRole.RESIDENT), true));
  }

  @Test
  void membersWithNoRoleNamedMeansAnyRole() {
    assertEquals(ALLOW, PageAccess.members().decide(signedIn(PortalRole.ROUNDTABLE_MEMBER), true));
  }
}
