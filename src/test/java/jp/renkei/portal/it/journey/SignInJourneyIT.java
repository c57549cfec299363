package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.renkei.portal.it.pages.ErrorPage;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.circle.MembersPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People signing in through Keycloak's real login page in Chromium, as each demo user. */
@ExtendWith(StackExtension.class)
class SignInJourneyIT {

  private final TestStack stack;

  SignInJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @ParameterizedTest(name = "{0} sees {1} as {2}")
  @CsvSource({
    "aomori-mayor, aomori, 青森市, 連携中枢都市の職員",
    "hiranai-staff, aomori, 平内町, 連携市町村の職員",
    "hiranai-council, aomori, 平内町, 議会議員",
    "roundtable-aomori, aomori, 圏域全体, ビジョン懇談会委員",
    "nagano-mayor, nagano, 長野市, 連携中枢都市の職員",
    "suzaka-staff, nagano, 須坂市, 連携市町村の職員",
    "hachinohe-staff, mutsuwan, 八戸市, 連携中枢都市の職員"
  })
  void eachMemberSignsInAndSeesTheirCircle(
      String username, String circle, String municipality, String role) {
    try (Browser browser = Browser.open(stack)) {
      browser.visit("/c/" + circle + "/members");
      new KeycloakLoginPage(browser).signIn(username, "demo1234");

      browser.waitForUrlContaining("/c/" + circle + "/members");
      MembersPage members = new MembersPage(browser);
      assertTrue(members.municipalities().contains(municipality), members.municipalities());
      assertTrue(members.roles().contains(role), members.roles());
      assertTrue(new Header(browser).signedInAs().contains(username));
    }
  }

  @ParameterizedTest(name = "{0} is not let into the 青森 members'' page")
  @CsvSource({"resident", "admin", "nagano-mayor"})
  void nonMembersAreRefusedTheMembersPage(String username) {
    try (Browser browser = Browser.open(stack)) {
      PortalHomePage.open(browser).header().signIn(username);

      MembersPage.open(browser, "aomori");

      assertEquals("403", new ErrorPage(browser).status());
      assertFalse(browser.pageText().contains("青森市 (連携中枢都市)"));
    }
  }

  @Test
  void theTwoCircleMemberSwitchesCirclesWithOneSignIn() {
    try (Browser browser = Browser.open(stack)) {
      browser.visit("/c/aomori/members");
      new KeycloakLoginPage(browser).signIn("hiranai-kikaku", "demo1234");
      browser.waitForUrlContaining("/c/aomori/members");
      assertTrue(new MembersPage(browser).municipalities().contains("平内町"));

      new Header(browser).switchToCircle("陸奥湾連携中枢都市圏（架空・デモ用）");

      browser.waitForUrlContaining("/c/mutsuwan/members");
      assertTrue(new MembersPage(browser).municipalities().contains("平内町"));
      assertFalse(new KeycloakLoginPage(browser).isShown());
    }
  }

  @Test
  void signOutEndsTheKeycloakSessionToo() {
    try (Browser browser = Browser.open(stack)) {
      CircleHomePage.open(browser, "nagano").header().signIn("suzaka-staff");
      browser.waitForUrlContaining("/c/nagano/");

      new Header(browser).signOut();

      assertFalse(new Header(browser).isSignedIn());

      // Had Keycloak kept its session, this would sign in again without asking.
      browser.visit("/c/nagano/members");
      assertTrue(new KeycloakLoginPage(browser).isShown(), browser.currentUrl());
    }
  }

  @Test
  void theMemberNoticeShowsOnlyInTheirOwnCircle() {
    try (Browser browser = Browser.open(stack)) {
      CircleHomePage.open(browser, "aomori").header().signIn("hiranai-staff");
      browser.waitForUrlContaining("/c/aomori/");
      assertTrue(new CircleHomePage(browser).showsMemberNotice());

      CircleHomePage nagano = CircleHomePage.open(browser, "nagano");

      assertEquals("長野地域連携中枢都市圏", nagano.name());
      assertFalse(nagano.showsMemberNotice());
    }
  }
}
