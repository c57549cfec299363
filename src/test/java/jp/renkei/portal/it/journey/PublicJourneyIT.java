package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.portal.it.pages.ErrorPage;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** A resident on a phone, not signed in: circles, the code look-up, English, errors. */
@ExtendWith(StackExtension.class)
class PublicJourneyIT {

  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;

  private final TestStack stack;

  PublicJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aResidentFindsTheirCircleByMunicipalityCodeAndReadsIt() throws Exception {
    try (Browser phone = Browser.open(stack, PHONE_WIDTH, PHONE_HEIGHT)) {
      PortalHomePage home = PortalHomePage.open(phone);
      assertEquals("ja", home.language());

      home.lookUp("023035");

      String found = home.lookupResult();
      assertTrue(found.contains("青森圏域連携中枢都市圏"), found);
      assertTrue(found.contains("陸奥湾連携中枢都市圏"), found);
      home.openCircle("青森圏域連携中枢都市圏");
      CircleHomePage circle = new CircleHomePage(phone);
      assertEquals("青森圏域連携中枢都市圏", circle.name());
      assertTrue(circle.partners().contains("平内町") && circle.partners().contains("023035"));
      assertTrue(circle.centralCities().contains("青森市"));
      assertFalse(circle.showsMemberNotice());
      screenshot(phone, "circle-home-phone.png");
    }
  }

  @Test
  void aMunicipalityFoundShowsItsPrefectureAndCodeAsTheReadersLanguageWritesThem() {
    PortalHttp visitor = PortalHttp.anonymous(stack);

    String japanese = Rendered.page(visitor.get("/?q=023035"), "lookup-result");
    assertTrue(japanese.contains("（青森県・023035）"), japanese);

    assertEquals(302, visitor.get("/lang?to=en&next=%2F").statusCode());
    String english = Rendered.page(visitor.get("/?q=023035"), "lookup-result");
    assertTrue(english.contains("(Aomori, 023035)"), english);
    assertFalse(english.contains("・"), "no Japanese punctuation in the English page");

    String circle = Rendered.page(visitor.get("/c/aomori/"), "circle-name");
    assertTrue(circle.contains("Atom feed</a>)"), "the feed bracketed as English writes it");
    assertFalse(circle.contains("（<a"), "no Japanese brackets in the English page");
  }

  @Test
  void aWrongCodeGetsAClearMessageInTheReadersLanguage() {
    try (Browser phone = Browser.open(stack, PHONE_WIDTH, PHONE_HEIGHT)) {
      PortalHomePage home = PortalHomePage.open(phone);

      home.lookUp("023036");

      String message = home.lookupError();
      assertTrue(message.contains("「023036」は市町村コードとして正しくありません"), message);
      assertEquals("true", home.lookupFieldInvalid());
      home.header().switchLanguage();
      String english = home.lookupError();
      assertTrue(english.contains("\"023036\" is not a valid municipality code"), english);
    }
  }

  @Test
  void englishIsChosenOnceAndSticks() {
    try (Browser browser = Browser.open(stack)) {
      CircleHomePage.open(browser, "nagano").header().switchLanguage();

      assertEquals("Nagano Regional Cooperation Circle", new CircleHomePage(browser).name());
      assertEquals("en", new PortalHomePage(browser).language());
      CircleHomePage aomori = CircleHomePage.open(browser, "aomori");
      assertEquals("Aomori Regional Cooperation Circle", aomori.name());
      assertTrue(aomori.partners().contains("Hiranai Town"));
      browser.visit("/c/unknown-circle/");
      ErrorPage error = new ErrorPage(browser);
      assertEquals("Page not found", error.title());
      error.header().switchLanguage();
      assertEquals("ページが見つかりません", new ErrorPage(browser).title());
    }
  }

  @Test
  void anUnknownCircleIsThePortalsOwn404() {
    HttpResponse<String> response = PortalHttp.anonymous(stack).get("/c/no-such-circle/");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("ページが見つかりません"));
    assertTrue(response.body().contains("連携中枢都市圏ポータル"), "not in the portal's design");
  }

  @Test
  void publicPagesCreateNoSessionAndMayBeCached() {
    PortalHttp visitor = PortalHttp.anonymous(stack);
    for (String path : new String[] {"/", "/?code=023035", "/c/aomori/", "/c/nagano/"}) {
      HttpResponse<String> response = visitor.get(path);
      assertEquals(200, response.statusCode(), path);
      assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " made a session");
      assertEquals(
          "public, max-age=60", response.headers().firstValue("Cache-Control").orElse(""), path);
    }
  }

  @Test
  void viewsCannotBeReachedByTheirFileNames() {
    PortalHttp visitor = PortalHttp.anonymous(stack);
    assertEquals(404, visitor.get("/circle/members.xhtml").statusCode());
    assertEquals(404, visitor.get("/circle/home.xhtml").statusCode());
    assertEquals(404, visitor.get("/WEB-INF/web.xml").statusCode());
  }

  @Test
  void userTextInTheAddressIsShownAsText() {
    String home =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            "lookup-form");
    assertFalse(home.contains("<script>alert(1)</script>"));
    assertTrue(home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void theApiIsDescribedWithOpenApi() {
    HttpResponse<String> openApi = PortalHttp.anonymous(stack).get("/openapi");
    assertEquals(200, openApi.statusCode(), openApi.headers().map() + openApi.body());
    assertTrue(openApi.body().contains("/api/v1/circles/{slug}"), openApi.body());
    assertTrue(openApi.body().contains("/api/v1/municipalities/{code}/circles"));
    assertTrue(openApi.body().contains("/api/v1/circles/{slug}/kpis.csv"), "the KPIs' open data");
    assertTrue(openApi.body().contains("/api/v1/circles/{slug}/population.csv"), "population too");
  }

  @Test
  void theApiRefusesABadCodeInTheCallersLanguage() {
    HttpResponse<String> japanese =
        PortalHttp.anonymous(stack).get("/api/v1/municipalities/12345/circles");
    assertEquals(400, japanese.statusCode());
    assertTrue(japanese.body().contains("\"error\":\"invalid-municipality-code\""));
    assertTrue(japanese.body().contains("市町村コードとして正しくありません"));
    assertEquals(404, PortalHttp.anonymous(stack).get("/api/v1/circles/nope").statusCode());
  }

  private static void screenshot(Browser browser, String name) throws Exception {
    Path target = Path.of("target/screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(name),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
