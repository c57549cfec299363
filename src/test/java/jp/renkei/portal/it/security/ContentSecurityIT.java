package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page keeps what it loads to the portal's own origin: its policy says so and allows no
 * inline script, no page writes one (nor an event-handler attribute), and each script file a page
 * names is the portal's — an injected script, inline or from another site, is not run. The charts,
 * which used to be inline scripts, are drawn under that policy.
 */
@ExtendWith(StackExtension.class)
class ContentSecurityIT {

  private static final Pattern SOURCE = Pattern.compile(" src=\"([^\"]*)\"");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern HANDLER =
      Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  private final TestStack stack;

  ContentSecurityIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void everyKindOfPageAllowsOnlyItsOwnScripts() {
    PortalHttp anonymous = PortalHttp.anonymous(stack);
    PortalHttp mayor = PortalHttp.signedIn(stack, "aomori-mayor");
    check(anonymous.get("/"), 200);
    check(anonymous.get("/c/aomori/"), 200);
    check(anonymous.get("/c/mutsuwan/vision"), 200);
    check(anonymous.get("/c/aomori/vision"), 200);
    check(anonymous.get("/c/aomori/vision/population"), 200);
    check(anonymous.get("/c/aomori/vision/outcomes"), 200);
    check(
        anonymous.get(
            "/search?q="
                + java.net.URLEncoder.encode("協約", java.nio.charset.StandardCharsets.UTF_8)),
        200);
    check(anonymous.get("/c/no-such-circle/"), 404);
    check(mayor.get("/inbox"), 200);
    check(mayor.get("/c/aomori/consultations/2"), 200);
    check(mayor.get("/c/aomori/vision/kpis"), 200);
  }

  @Test
  void theChartsAreDrawnUnderThePolicy() {
    try (Browser browser = Browser.open(stack)) {
      for (String page : List.of("/c/aomori/vision", "/c/aomori/vision/population")) {
        browser.visit(page);
        browser.find(By.id("main"));
        Object canvases =
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelectorAll('canvas[data-chart]').length");
        Object drawn =
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
                        + ".filter(c => window.Chart && window.Chart.getChart(c)).length");
        assertTrue(((Number) canvases).intValue() > 0, page + " has a chart");
        assertEquals(canvases, drawn, page + ": every chart drawn by portal.js");
      }
    }
  }

  private static void check(HttpResponse<String> page, int status) {
    String where = page.uri().toString();
    assertEquals(status, page.statusCode(), where);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("default-src 'self'")),
        where + ": the portal's policy " + policies);
    assertTrue(
        policies.stream()
            .anyMatch(
                p ->
                    p.contains("script-src 'self';")
                        && !p.contains("unsafe-inline")
                        && !p.contains("http")),
        where + ": scripts from the portal's origin only, none inline " + policies);
    assertFalse(
        HANDLER.matcher(page.body()).find(), where + ": an event-handler attribute in the page");
    Matcher script = SCRIPT.matcher(page.body());
    int scripts = 0;
    while (script.find()) {
      Matcher source = SOURCE.matcher(script.group());
      if (source.find()) {
        scripts++;
        assertTrue(
            source.group(1).startsWith("/"),
            where + ": a script from elsewhere: " + script.group());
      } else {
        fail(
            where
                + ": an inline script "
                + page.body()
                    .substring(
                        script.start(), Math.min(page.body().length(), script.start() + 200)));
      }
    }
    assertTrue(scripts > 0, where + " carries the portal's script file");
  }
}
