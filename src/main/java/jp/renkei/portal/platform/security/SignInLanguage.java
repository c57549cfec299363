package jp.renkei.portal.platform.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import jp.renkei.portal.platform.i18n.Language;

/**
 * Sign-in speaks the language the visitor chose on the portal: the redirect to Keycloak's
 * authorization endpoint carries {@code ui_locales}, so that its login and registration pages (the
 * portal's theme) are in that language rather than the browser's. The OpenID Connect mechanism
 * builds its request once for all visitors (Soteria caches it), so the parameter is added here, on
 * the way out, for each sign-in.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInLanguage implements HttpAuthenticationMechanism {

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Inject OidcSettings oidc;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String endpoint = oidc.getAuthorizationEndpoint();
    String language = Language.of(request).tag();
    HttpServletResponse speaking =
        new HttpServletResponseWrapper(response) {
          @Override
          public void sendRedirect(String location) throws IOException {
            super.sendRedirect(withLanguage(location, endpoint, language));
          }
        };
    context.setResponse(speaking);
    try {
      return mechanism.validateRequest(request, speaking, context);
    } finally {
      context.setResponse(response);
    }
  }

  /** {@code location} with {@code ui_locales} when it is Keycloak's authorization endpoint. */
  static String withLanguage(String location, String endpoint, String language) {
    if (location == null
        || !location.startsWith(endpoint + "?")
        || location.contains("ui_locales=")) {
      return location;
    }
    return location + "&ui_locales=" + language;
  }
}
