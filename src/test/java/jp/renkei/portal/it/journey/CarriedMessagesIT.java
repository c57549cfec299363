package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.PortalLog;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A step's success message reaches the page it redirects to in a sealed cookie (not Faces' flash,
 * which stays in one instance): shown once, unreadable in the cookie, never in a shared copy of a
 * public page, and a made-up cookie shows nothing and breaks nothing.
 */
@ExtendWith(StackExtension.class)
class CarriedMessagesIT {

  private static final String PAGE = "/inbox/preferences";
  private static final String SAVED = "メールの受け取り方を保存しました。";

  private final TestStack stack;

  CarriedMessagesIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theConfirmationIsShownOnceOnThePageAfterTheRedirect() {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    String form = Rendered.page(mayor.get(PAGE), "preferences-form");

    HttpResponse<String> saved = mayor.postForm(PAGE, save(Rendered.viewState(form)));

    assertEquals(302, saved.statusCode(), saved.body());
    String carried = setCookie(saved, "renkei-done=");
    assertTrue(carried.contains("HttpOnly"), carried);
    assertTrue(carried.contains("SameSite=Lax"), carried);
    assertFalse(carried.contains("保存"), "the text is sealed: " + carried);
    assertTrue(
        saved.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("csfcfc")),
        "no Faces flash cookie: " + saved.headers().allValues("Set-Cookie"));

    HttpResponse<String> next = mayor.follow(saved);
    assertTrue(Rendered.page(next, "preferences-form").contains(SAVED), "the confirmation shows");
    assertTrue(setCookie(next, "renkei-done=").contains("Max-Age=0"), "and is cleared");

    String again = Rendered.page(mayor.get(PAGE), "preferences-form");
    assertFalse(again.contains(SAVED), "shown once, not on the next visit");
  }

  @Test
  void aCarriedMessageOnAPublicPageMakesItsCopyPrivate() throws Exception {
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    HttpResponse<String> saved =
        mayor.postForm(
            PAGE, save(Rendered.viewState(Rendered.page(mayor.get(PAGE), "preferences-form"))));
    String sealed = setCookie(saved, "renkei-done=").split(";")[0];

    HttpResponse<String> home = withCookie("/c/aomori/", sealed);

    assertTrue(Rendered.page(home, "main").contains(SAVED), "the message shows");
    assertEquals(
        "private, no-store", home.headers().firstValue("Cache-Control").orElse(""), "not shared");
    HttpResponse<String> plain = PortalHttp.anonymous(stack).get("/c/aomori/");
    assertFalse(Rendered.page(plain, "main").contains(SAVED));
    assertTrue(plain.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
  }

  @Test
  void aMadeUpOrTamperedCookieShowsNothingAndLogsNothing() throws Exception {
    long mark = PortalLog.mark();

    for (String value : List.of("forged", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%%%")) {
      HttpResponse<String> home = withCookie("/c/aomori/", "renkei-done=" + value);

      String body = Rendered.page(home, "main");
      assertFalse(body.contains("id=\"messages\""), "no message for " + value);
      assertTrue(setCookie(home, "renkei-done=").contains("Max-Age=0"), "cleared: " + value);
    }
    String logged = PortalLog.since(mark, "SEVERE");
    assertFalse(logged.contains("SEVERE"), logged);
    assertFalse(logged.contains("\tat "), logged);
  }

  private HttpResponse<String> withCookie(String path, String cookie)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Cookie", cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String setCookie(HttpResponse<String> response, String prefix) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(prefix))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + prefix + " in " + response.headers().allValues("Set-Cookie")));
  }

  /** The form as it comes: the defaults, actions at once and information daily. */
  private static String save(String viewState) {
    return "preferences-form=preferences-form&preferences-form%3Asave=save"
        + "&preferences-form%3Afrequency-ACTION=IMMEDIATE"
        + "&preferences-form%3Afrequency-INFORMATION=DAILY"
        + "&jakarta.faces.ViewState="
        + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
  }
}
