package jp.renkei.portal.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.administration.AdminHomePage;
import jp.renkei.portal.it.pages.administration.AuditPage;
import jp.renkei.portal.it.pages.administration.DriftPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.platform.tenancy.AdminPages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * The administrators' pages: nobody but {@code portal-admin} reaches them; the portal really reads
 * and creates Keycloak's groups through keycloak-admin-client (a group removed behind the portal's
 * back shows as drift, is recreated on request, and the change is in the audit log).
 */
@ExtendWith(StackExtension.class)
class AdministrationIT {

  private static final List<String> NOT_ADMINS =
      List.of(
          "aomori-mayor",
          "hiranai-staff",
          "hiranai-council",
          "roundtable-aomori",
          "nagano-mayor",
          "resident");

  private final TestStack stack;

  AdministrationIT(TestStack stack) {
    this.stack = stack;
  }

  @TestFactory
  Stream<DynamicTest> everyAdministrationPageIsForAdministratorsOnly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (AdminPages.AdminPage page : AdminPages.PAGES) {
      // A page about one circle names it in its address.
      String url = "/admin/" + page.path().replace("{slug}", "aomori");
      tests.add(
          dynamicTest(
              url + " anonymous",
              () -> {
                HttpResponse<String> response = PortalHttp.anonymous(stack).get(url);
                assertEquals(302, response.statusCode(), url);
                assertTrue(
                    response.headers().firstValue("Location").orElseThrow().contains("/signin"));
              }));
      for (String user : NOT_ADMINS) {
        tests.add(
            dynamicTest(
                url + " as " + user,
                () -> assertEquals(403, Callers.as(stack, user).get(url).statusCode(), url)));
      }
      tests.add(
          dynamicTest(
              url + " as admin",
              () -> assertEquals(200, Callers.as(stack, "admin").get(url).statusCode(), url)));
    }
    // The header's link to the administration follows the role in the token.
    for (String user : NOT_ADMINS) {
      tests.add(
          dynamicTest(
              "no administration link for " + user,
              () -> {
                String home = Callers.as(stack, user).get("/").body();
                assertTrue(home.contains("id=\"sign-out\""), user + " is signed in");
                assertFalse(home.contains("id=\"administration\""), user);
              }));
    }
    tests.add(
        dynamicTest(
            "the administration link for admin",
            () ->
                assertTrue(
                    Callers.as(stack, "admin").get("/").body().contains("id=\"administration\""))));
    tests.add(
        dynamicTest(
            "an unknown circle's administration page is a 404",
            () ->
                assertEquals(
                    404, Callers.as(stack, "admin").get("/admin/circles/nowhere").statusCode())));
    tests.add(
        dynamicTest(
            "/admin/unknown is a 404",
            () ->
                assertEquals(404, Callers.as(stack, "admin").get("/admin/nothing").statusCode())));
    tests.add(
        dynamicTest(
            "views are not reachable by file name",
            () ->
                assertEquals(
                    404, Callers.as(stack, "admin").get("/admin/drift.xhtml").statusCode())));
    return tests.stream();
  }

  @Test
  void aGroupRemovedInKeycloakIsDriftUntilRepairedAndTheRepairIsAudited() {
    String path = "/nagano/205907";
    try (Keycloak keycloak = serviceAccount()) {
      RealmResource realm = keycloak.realm("renkei");
      GroupRepresentation nagano = realm.groups().groups("nagano", true, 0, 1, true).get(0);
      GroupRepresentation iizuna =
          realm.groups().group(nagano.getId()).getSubGroups(0, 100, true).stream()
              .filter(g -> g.getName().equals("205907"))
              .findFirst()
              .orElseThrow();
      realm.groups().group(iizuna.getId()).remove();

      try (Browser admin = Browser.open(stack)) {
        Header header = PortalHomePage.open(admin).header();
        header.signIn("admin");
        header.openAdministration();
        DriftPage drift = new AdminHomePage(admin).openDrift();
        assertTrue(drift.missingGroups().contains(path));

        drift.repair();

        assertTrue(drift.messages().contains("1件作成しました"));
        assertTrue(drift.inAgreement());

        assertTrue(
            realm.groups().group(nagano.getId()).getSubGroups(0, 100, true).stream()
                .anyMatch(g -> g.getName().equals("205907")),
            "the group is back in Keycloak");

        String log = AuditPage.open(admin, "circle=nagano&actor=admin").entries();
        assertTrue(log.contains(path) && log.contains("Keycloakのグループを作成"), log);
        AuditPage aomori = AuditPage.open(admin, "circle=aomori&actor=admin");
        assertTrue(aomori.path().equals("/admin/audit") && aomori.header().isSignedIn());
        assertFalse(aomori.hasEntries(), "filtered by circle");
        assertTrue(AuditPage.open(admin, "from=not-a-date").saysBadDate());
      }
    }
  }

  /** The same service account the portal uses, from the same realm file. */
  private Keycloak serviceAccount() {
    return KeycloakBuilder.builder()
        .serverUrl(stack.keycloakUrl())
        .realm("renkei")
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId("renkei-admin")
        .clientSecret("renkei-admin-dev-secret")
        .build();
  }
}
