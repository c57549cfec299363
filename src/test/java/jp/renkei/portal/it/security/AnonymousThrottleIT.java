package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 item 13: a visitor who is not signed in may send 100 form posts a minute from one
 * address; the 101st gets the portal's "too many requests" page (429, Retry-After) and another
 * address is not affected. The test speaks as addresses of the documentation ranges through
 * X-Forwarded-For, which the test stack trusts from loopback (as production trusts its load
 * balancer), so the other tests' own posts from 127.0.0.1 are never counted with these.
 */
@ExtendWith(StackExtension.class)
class AnonymousThrottleIT {

  private static final String FLOODER = "203.0.113.7";
  private static final String NEIGHBOUR = "198.51.100.23";

  private final TestStack stack;
  private final HttpClient client = HttpClient.newHttpClient();

  AnonymousThrottleIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theHundredAndFirstPostInAMinuteFromOneAddressIsRefused() throws Exception {
    waitForTheStartOfAMinute();
    for (int i = 1; i <= 100; i++) {
      assertNotEquals(429, post(FLOODER).statusCode(), "post " + i + " is within the limit");
    }

    HttpResponse<String> refused = post(FLOODER);
    Rendered.error(refused, 429);
    assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""));
    assertTrue(refused.body().contains("送信が多すぎます"), "the portal's own page");

    assertNotEquals(429, post(NEIGHBOUR).statusCode(), "another address is not affected");
  }

  private HttpResponse<String> post(String address) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/c/aomori/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString("q=" + address))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The limit counts per clock minute: start with most of one left. */
  private static void waitForTheStartOfAMinute() throws InterruptedException {
    long intoMinute = System.currentTimeMillis() % 60_000;
    if (intoMinute > 30_000) {
      Thread.sleep(60_000 - intoMinute + 100);
    }
  }
}
