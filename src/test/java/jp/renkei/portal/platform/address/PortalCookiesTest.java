package jp.renkei.portal.platform.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's own cookies never reach scripts, and never travel in the clear once it is https. */
class PortalCookiesTest {

  @Test
  void aCookieIsHttpOnlyLaxForThePortalAndSecureWhereTheSessionCookieIs() {
    Cookie plain = PortalCookies.of(request(false, false), "renkei-next", "%2Finbox", 600);
    Cookie https = PortalCookies.of(request(false, true), "renkei-next", "%2Finbox", 600);
    Cookie direct = PortalCookies.of(request(true, false), "renkei-next", "%2Finbox", 600);

    assertTrue(plain.isHttpOnly());
    assertEquals("Lax", plain.getAttribute("SameSite"));
    assertEquals("/portal/", plain.getPath());
    assertEquals(600, plain.getMaxAge());
    assertFalse(plain.getSecure(), "plain http on loopback could not send it back");
    assertTrue(https.getSecure(), "the portal's address is https");
    assertTrue(direct.getSecure(), "the request came over https");
  }

  @Test
  void aGoneCookieIsEmptyAndExpiresNow() {
    Cookie gone = PortalCookies.gone(request(false, true), "renkei-done");

    assertEquals("", gone.getValue());
    assertEquals(0, gone.getMaxAge());
    assertTrue(gone.getSecure());
  }

  private static HttpServletRequest request(boolean secureRequest, boolean secureSessionCookie) {
    SessionCookieConfig config =
        proxy(SessionCookieConfig.class, Map.of("isSecure", secureSessionCookie));
    ServletContext servletContext =
        proxy(ServletContext.class, Map.of("getSessionCookieConfig", config));
    return proxy(
        HttpServletRequest.class,
        Map.of(
            "isSecure", secureRequest,
            "getContextPath", "/portal",
            "getServletContext", servletContext));
  }

  /** A stand-in answering only the methods named, enough for what the cookie asks. */
  private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answers.get(method.getName());
            }));
  }
}
