package jp.renkei.portal.platform.address;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's own cookies (the language chosen, where to go after signing in, a step's
 * confirmation): {@code HttpOnly}, {@code SameSite=Lax}, for the whole portal, and {@code Secure}
 * wherever the session cookie is (the portal reached over https).
 *
 * <pre>{@code
 * response.addCookie(PortalCookies.of(request, "renkei-next", value, 600));
 * response.addCookie(PortalCookies.gone(request, "renkei-next"));
 * }</pre>
 */
public final class PortalCookies {

  private PortalCookies() {}

  public static Cookie of(HttpServletRequest request, String name, String value, int maxAge) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(request.getContextPath() + "/");
    cookie.setMaxAge(maxAge);
    cookie.setHttpOnly(true);
    cookie.setSecure(
        request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** The cookie that removes this one from the browser. */
  public static Cookie gone(HttpServletRequest request, String name) {
    return of(request, name, "", 0);
  }
}
