package jp.renkei.portal.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Predicate;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.administration.CirclesPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What people see when the database or Keycloak is gone. Runs after every other test class: it
 * takes the database away (and gives it back) and stops Keycloak for good.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageIT {

  private final TestStack stack;

  OutageIT(TestStack stack) {
    this.stack = stack;
    assertNotNull(stack.stack(), "OutageIT stops servers: run it on a stack the tests started");
  }

  @Test
  @Order(1)
  void withTheDatabaseGoneReadinessIsRedAndPagesSay503WithoutAStackTrace() throws Exception {
    PortalHttp visitor = PortalHttp.anonymous(stack);
    assertEquals(200, visitor.get("/health/ready").statusCode());
    try {
      allowConnections(false);

      HttpResponse<String> ready = waitFor(visitor, "/health/ready", r -> r.statusCode() == 503);
      assertTrue(ready.body().contains("DOWN"), ready.body());
      HttpResponse<String> page = waitFor(visitor, "/c/aomori/", r -> r.statusCode() == 503);
      assertTrue(page.body().contains("data-status=\"503\""), page.body());
      assertFalse(page.body().contains("Exception"), "a stack trace reached the visitor");
      assertFalse(page.body().contains("at jp.renkei"), "a stack trace reached the visitor");
      assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    } finally {
      allowConnections(true);
    }
    waitFor(visitor, "/health/ready", r -> r.statusCode() == 200);
    assertEquals(200, waitFor(visitor, "/c/aomori/", r -> r.statusCode() == 200).statusCode());
  }

  @Test
  @Order(2)
  void withKeycloakDownPublicPagesWorkAndSignInSaysItIsUnavailable() throws InterruptedException {
    PortalHttp member = PortalHttp.signedIn(stack, "aomori-mayor");
    PortalHttp admin = PortalHttp.signedIn(stack, "admin");
    Browser adminBrowser = Browser.open(stack);
    PortalHomePage.open(adminBrowser).header().signIn("admin");
    CirclesPage circles = CirclesPage.open(adminBrowser);
    stack.stack().stopKeycloak();
    PortalHttp visitor = PortalHttp.anonymous(stack);

    assertEquals(200, visitor.get("/").statusCode());
    assertEquals(200, visitor.get("/c/aomori/").statusCode());
    assertEquals(200, visitor.get("/api/v1/circles").statusCode());

    // The portal remembers for two seconds that Keycloak answered.
    HttpResponse<String> signIn =
        waitFor(visitor, "/signin?next=/c/aomori/members", r -> r.statusCode() == 503);
    assertTrue(signIn.body().contains("id=\"signin-unavailable\""), signIn.body());
    assertTrue(signIn.body().contains("ただいまログインできません"));

    // Someone already signed in carries on: the portal does not ask Keycloak on every request.
    assertEquals(200, member.get("/c/aomori/members").statusCode());

    // Administration that needs Keycloak says it cannot reach it, and changes nothing.
    HttpResponse<String> drift = admin.get("/admin/drift");
    assertEquals(200, drift.statusCode());
    assertTrue(drift.body().contains("id=\"keycloak-unavailable\""), drift.body());

    // A circle created while Keycloak is down is not created at all: no half-made circle.
    try (adminBrowser) {
      circles.create("outage", "障害時の圏域", "Outage circle", "022039", "八戸市", "Hachinohe City");
      assertTrue(circles.messages().contains("どちらも変更していません"), adminBrowser.pageText());
    }
    assertEquals(404, visitor.get("/c/outage/").statusCode(), "nothing was created");
  }

  private static HttpResponse<String> waitFor(
      PortalHttp client, String path, Predicate<HttpResponse<String>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> last = client.get(path);
    while (!condition.test(last) && System.nanoTime() < deadline) {
      Thread.sleep(300);
      last = client.get(path);
    }
    assertTrue(condition.test(last), path + " answered " + last.statusCode());
    return last;
  }

  /** Takes the portal's database away from it (or gives it back) without stopping PostgreSQL. */
  private static void allowConnections(boolean allow) throws SQLException {
    try (Connection admin = TestStack.connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("ALTER DATABASE renkei_it ALLOW_CONNECTIONS " + allow);
      if (!allow) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'renkei_it'");
      }
    }
  }
}
