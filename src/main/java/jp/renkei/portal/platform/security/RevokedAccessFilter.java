package jp.renkei.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A signed-in person whose rights were taken away after their token was issued (removed from a
 * circle or a role) loses them at their next request: the portal session ends and the person goes
 * through sign-in again — Keycloak's single sign-on, no password — which issues a token with the
 * rights they have now. Without this, the old token's groups would count until it expired.
 */
public class RevokedAccessFilter extends HttpFilter {

  /** A second, and a little for clocks. */
  private static final Duration LONGEST_WAIT = Duration.ofMillis(1100);

  private static final Logger LOG = Logger.getLogger(RevokedAccessFilter.class.getName());

  @Inject CurrentCaller caller;
  @Inject AccessRevocations revocations;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Instant> newTokenFrom = newTokenFrom(request);
    if (newTokenFrom.isPresent()) {
      LOG.info(
          () ->
              "Rights changed since the token was issued; signing in again: "
                  + request.getUserPrincipal().getName());
      // The portal's session only: signing out (request.logout) would also end Keycloak's single
      // sign-on, and the person would have to type their password again.
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      // Signed in again within the second of the removal, the new token could not be told from
      // the old one and the person would be sent round again: wait for that second to pass.
      waitUntil(newTokenFrom.get());
      String path = request.getRequestURI().substring(request.getContextPath().length());
      response.sendRedirect(
          request.getContextPath()
              + "/signin?next="
              + URLEncoder.encode(path.isEmpty() ? "/" : path, StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<Instant> newTokenFrom(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    return caller
        .tokenIssuedAt()
        .flatMap(issued -> revocations.newTokenFrom(request.getUserPrincipal().getName(), issued));
  }

  /** At most {@link #LONGEST_WAIT}, whatever another instance's clock wrote. */
  private static void waitUntil(Instant moment) {
    Duration left = Duration.between(Instant.now(), moment);
    if (left.isNegative() || left.isZero()) {
      return;
    }
    try {
      Thread.sleep(Math.min(left.toMillis() + 1, LONGEST_WAIT.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
