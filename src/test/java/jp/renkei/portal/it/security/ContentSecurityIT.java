package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page keeps what it loads to the portal's own origin: its policy says so, and each script
 * file a page names is the portal's — an injected reference to another site's script is not run.
 */
@ExtendWith(StackExtension.class)
class ContentSecurityIT {

  private static final Pattern SOURCE = Pattern.compile(" src=\"([^\"]*)\"");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");

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
    check(
        anonymous.get(
            "/search?q="
                + java.net.URLEncoder.encode("協約", java.nio.charset.StandardCharsets.UTF_8)),
        200);
    check(anonymous.get("/c/no-such-circle/"), 404);
    check(mayor.get("/inbox"), 200);
    check(mayor.get("/c/aomori/consultations/2"), 200);
  }

  private static void check(HttpResponse<String> page, int status) {
    String where = page.uri().toString();
    assertEquals(status, page.statusCode(), where);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("default-src 'self'")),
        where + ": the portal's policy " + policies);
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("script-src 'self'") && !p.contains("http")),
        where + ": scripts from the portal's origin only " + policies);
    Matcher script = SCRIPT.matcher(page.body());
    int scripts = 0;
    while (script.find()) {
      Matcher source = SOURCE.matcher(script.group());
      if (source.find()) {
        scripts++;
        assertTrue(
            source.group(1).startsWith("/"),
            where + ": a script from elsewhere: " + script.group());
      }
    }
    assertTrue(scripts > 0, where + " carries the portal's script file");
  }
}
