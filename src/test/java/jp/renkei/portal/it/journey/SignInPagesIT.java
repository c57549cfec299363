package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.support.Axe;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and registration look and speak like the portal (issue 15, item 9): Keycloak shows the
 * portal's login theme from {@code realm-config/themes} — its name, its footer with the way back —
 * in the language the visitor chose on the portal ({@code ui_locales}), and the registration form
 * asks for 姓 before 名. The notice feeds follow the language the page linking to them was in.
 */
@ExtendWith(StackExtension.class)
class SignInPagesIT {

  private final TestStack stack;

  SignInPagesIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void signInIsThePortalsInJapaneseByDefault() {
    try (Browser visitor = Browser.open(stack)) {
      visitor.visit("/signin?next=/");
      KeycloakLoginPage login = new KeycloakLoginPage(visitor);
      assertTrue(login.isShown(), visitor.currentUrl());
      assertEquals("ja", login.language());
      assertEquals("連携ポータル", login.heading());
      assertTrue(login.footer().contains("連携中枢都市圏構想推進要綱"), login.footer());
      assertTrue(
          login.backToPortal().startsWith(stack.portalUrl()),
          "the footer leads back: " + login.backToPortal());
      assertTrue(visitor.pageText().contains("ログイン"), visitor.pageText());
      assertAccessible(visitor, "login (ja)");
    }
  }

  @Test
  void theLanguageChosenOnThePortalCarriesToKeycloak() throws Exception {
    HttpResponse<String> start =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/signin/start"))
                    .header("Cookie", "renkei-lang=en")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(start.statusCode() == 302 || start.statusCode() == 303, "" + start.statusCode());
    String location = start.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("ui_locales=en"), location);

    try (Browser visitor = Browser.open(stack, 390, 844)) {
      visitor.visit("/lang?to=en&next=/");
      visitor.visit("/signin?next=/");
      KeycloakLoginPage login = new KeycloakLoginPage(visitor);
      assertTrue(login.isShown(), visitor.currentUrl());
      assertEquals("en", login.language());
      assertEquals("Renkei Portal", login.heading());
      assertTrue(login.footer().contains("regional cooperation circles"), login.footer());
      assertTrue(visitor.pageText().contains("Sign in to Renkei Portal"), visitor.pageText());

      login.openRegistration();
      assertTrue(visitor.pageText().contains("Register as a resident"), visitor.pageText());
      assertEquals("Last name", login.labelOf("lastName").replace("*", "").strip());
      assertAccessible(visitor, "registration (en, phone)");
    }
  }

  @Test
  void registrationAsksForTheFamilyNameFirst() {
    try (Browser visitor = Browser.open(stack)) {
      visitor.visit("/signin?next=/");
      KeycloakLoginPage login = new KeycloakLoginPage(visitor).openRegistration();
      List<String> fields = login.registrationFields();
      assertTrue(fields.contains("lastName") && fields.contains("firstName"), fields.toString());
      assertTrue(fields.indexOf("lastName") < fields.indexOf("firstName"), "姓 before 名: " + fields);
      assertEquals("姓", login.labelOf("lastName").replace("*", "").strip());
      assertEquals("名", login.labelOf("firstName").replace("*", "").strip());
      assertTrue(visitor.pageText().contains("住民として登録"), visitor.pageText());
      assertTrue(login.footer().contains("連携中枢都市圏構想推進要綱"), "the same footer");
      assertAccessible(visitor, "registration (ja)");
    }
  }

  @Test
  void theFeedsSpeakTheLanguageTheyAreAskedIn() throws Exception {
    PortalHttp anybody = PortalHttp.anonymous(stack);
    HttpResponse<String> japanese = anybody.get("/c/mutsuwan/notices.atom");
    assertEquals(200, japanese.statusCode());
    assertTrue(japanese.body().contains("告示しました"), japanese.body());
    HttpResponse<String> english = anybody.get("/c/mutsuwan/notices.atom?lang=en");
    assertEquals(200, english.statusCode());
    assertTrue(english.body().contains("promulgated"), english.body());
    assertFalse(english.body().contains("告示しました"), "only English: " + english.body());
    String all = anybody.get("/feeds/notices.atom?lang=en").body();
    assertTrue(all.contains("<dc:language>en</dc:language>"), all);
    assertTrue(all.contains("promulgated"), all);

    HttpResponse<String> inEnglish =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/c/mutsuwan/notices"))
                    .header("Cookie", "renkei-lang=en")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, inEnglish.statusCode());
    assertTrue(inEnglish.body().contains("id=\"notice-list\""), "the notices page rendered");
    assertTrue(
        inEnglish.body().contains("/c/mutsuwan/notices.atom?lang=en"),
        "an English page links to the English feed");
  }

  private static void assertAccessible(Browser browser, String what) {
    String violations = Axe.violations(browser.driver());
    assertTrue(violations.isEmpty(), what + ":\n" + violations);
  }
}
