package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16 item 13: anonymous posts per address and minute, and whose address counts. */
class AnonymousPostThrottleTest {

  private static AnonymousPostThrottle throttle(int perMinute, Instant at) {
    AnonymousPostThrottle throttle = new AnonymousPostThrottle();
    throttle.perMinute = perMinute;
    throttle.clock = Clock.fixed(at, ZoneOffset.UTC);
    return throttle;
  }

  @Test
  void theLimitHoldsPerAddressAndEndsWithTheMinute() {
    Instant at = Instant.parse("2026-12-01T00:00:10Z");
    AnonymousPostThrottle throttle = throttle(3, at);
    for (int i = 0; i < 3; i++) {
      assertTrue(throttle.allows("203.0.113.7"));
    }
    assertFalse(throttle.allows("203.0.113.7"), "the fourth in the minute");
    assertTrue(throttle.allows("198.51.100.2"), "another address is not affected");

    throttle.clock = Clock.fixed(at.plusSeconds(60), ZoneOffset.UTC);
    assertTrue(throttle.allows("203.0.113.7"), "a new minute");
  }

  @Test
  void onlyATrustedProxysForwardedAddressIsBelieved() {
    AnonymousPostThrottle throttle = throttle(100, Instant.now());
    throttle.trustedProxies = List.of("127.0.0.1");
    assertEquals(
        "203.0.113.7",
        throttle.addressOf(request("127.0.0.1", "198.51.100.9, 203.0.113.7")),
        "the address the proxy added, not one the visitor wrote");
    assertEquals("192.0.2.1", throttle.addressOf(request("192.0.2.1", "203.0.113.7")));
    assertEquals("127.0.0.1", throttle.addressOf(request("127.0.0.1", null)));
  }

  private static jakarta.servlet.http.HttpServletRequest request(String remote, String forwarded) {
    return (jakarta.servlet.http.HttpServletRequest)
        java.lang.reflect.Proxy.newProxyInstance(
            AnonymousPostThrottleTest.class.getClassLoader(),
            new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwarded : null;
                  default -> null;
                });
  }
}
