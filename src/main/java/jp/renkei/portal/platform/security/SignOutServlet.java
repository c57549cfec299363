package jp.renkei.portal.platform.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.platform.address.RequestUrls;

/**
 * {@code POST /signout}: ends the portal session and then the Keycloak session, through Keycloak's
 * end-session endpoint with the ID token as hint, which sends the person back to the portal's home.
 * Only a same-origin POST signs out, so another site cannot sign people out with a link or an
 * image.
 *
 * <p>The portal session holds the whole sign-in (the mechanism keeps its tokens there), so
 * invalidating it signs the person out of the portal. {@code request.logout()} is not used:
 * Soteria's logout without a provider notification starts a new sign-in, which Keycloak's
 * still-open session would answer at once; and with one it invalidates the session before reading
 * the ID token from it. The portal also wants the person signed out of the portal even when
 * Keycloak is down.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Inject OidcSettings settings;
  @Inject KeycloakProbe keycloak;
  @Inject Instance<OpenIdContext> openIdContext;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!SameOrigin.isSameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String home = RequestUrls.base(request) + "/";
    String endSession = request.getUserPrincipal() == null ? null : endSessionUrl(home);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    boolean keycloakAnswers = endSession != null && keycloak.isAvailable();
    response.sendRedirect(keycloakAnswers ? endSession : home);
  }

  private String endSessionUrl(String home) {
    OpenIdContext context = openIdContext.get();
    String idToken =
        context.getIdentityToken() == null ? null : context.getIdentityToken().getToken();
    StringBuilder url =
        new StringBuilder(settings.getProviderUri())
            .append("/protocol/openid-connect/logout?client_id=")
            .append(encode(settings.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(encode(home));
    if (idToken != null) {
      url.append("&id_token_hint=").append(encode(idToken));
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
