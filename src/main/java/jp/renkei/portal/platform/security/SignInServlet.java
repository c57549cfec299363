package jp.renkei.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.renkei.portal.platform.address.LocalPath;
import jp.renkei.portal.platform.address.PortalCookies;

/**
 * {@code /signin?next=/c/aomori/}: remembers where the person was going, checks that Keycloak
 * answers, and sends them to {@code /signin/start}, which is protected and so starts the OpenID
 * Connect flow. When Keycloak is down the person sees a page saying sign-in is temporarily
 * unavailable (503), and public pages keep working.
 */
@WebServlet(urlPatterns = {"/signin", "/signin/start"})
public class SignInServlet extends HttpServlet {

  static final String NEXT_COOKIE = "renkei-next";
  static final String UNAVAILABLE_VIEW = "/WEB-INF/errors/signin-unavailable.xhtml";

  @Inject KeycloakProbe keycloak;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + takeNext(request, response).value());
      return;
    }
    if (!keycloak.isAvailable()) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "60");
      request.getRequestDispatcher(UNAVAILABLE_VIEW).forward(request, response);
      return;
    }
    LocalPath next = LocalPath.parse(request.getParameter("next")).orElse(LocalPath.ROOT);
    response.addCookie(
        PortalCookies.of(
            request, NEXT_COOKIE, URLEncoder.encode(next.value(), StandardCharsets.UTF_8), 600));
    response.sendRedirect(request.getContextPath() + "/signin/start");
  }

  /** Where to go after sign-in: the remembered path (forgotten now), or the portal's home. */
  static LocalPath takeNext(HttpServletRequest request, HttpServletResponse response) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return LocalPath.ROOT;
    }
    return Arrays.stream(cookies)
        .filter(c -> NEXT_COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(
            c -> {
              response.addCookie(PortalCookies.gone(request, NEXT_COOKIE));
              return LocalPath.parse(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
            })
        .orElse(LocalPath.ROOT);
  }
}
