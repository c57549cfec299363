package jp.renkei.portal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in with OpenID Connect against Keycloak (Jakarta Security 3).
 *
 * <p>{@code redirectToOriginalResource} stays false: with true, Soteria fails when PrimeFaces reads
 * a request parameter after the callback (eclipse-ee4j/soteria#333). {@link SignInServlet} keeps
 * where the person was going and {@link CallbackServlet} takes them there. The ID token's issuer,
 * audience (our client id) and signature are checked by the mechanism: a token issued for another
 * client or by another realm signs nobody in. Sign-out, including Keycloak's session, is {@link
 * SignOutServlet}'s.
 */
@ApplicationScoped
@DeclareRoles({
  "portal-admin",
  "central-city-staff",
  "partner-staff",
  "council-member",
  "roundtable-member",
  "prefecture-observer",
  "resident"
})
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = false),
    jwksConnectTimeout = 3000,
    jwksReadTimeout = 3000)
public class OpenIdSecurityConfiguration {}
