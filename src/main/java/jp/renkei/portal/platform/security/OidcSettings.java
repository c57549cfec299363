package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and how the portal identifies itself to it, from configuration (environment
 * variables {@code RENKEI_KEYCLOAK_URL}, {@code RENKEI_KEYCLOAK_REALM}, {@code
 * RENKEI_OIDC_CLIENT_ID}, {@code RENKEI_OIDC_CLIENT_SECRET}). Read by the OpenID Connect mechanism
 * through EL.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "renkei.keycloak.url", defaultValue = "http://127.0.0.1:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "renkei.keycloak.realm", defaultValue = "renkei")
  String realm;

  @Inject
  @ConfigProperty(name = "renkei.oidc.client-id", defaultValue = "renkei-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "renkei.oidc.client-secret", defaultValue = "renkei-dev-secret")
  String clientSecret;

  /** The realm's issuer: tokens from anywhere else are refused. */
  public String getProviderUri() {
    return stripTrailingSlash(keycloakUrl) + "/realms/" + realm;
  }

  /** Keycloak's base URL, without a trailing slash. */
  public String getKeycloakUrl() {
    return stripTrailingSlash(keycloakUrl);
  }

  public String getRealm() {
    return realm;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Keycloak's authorization endpoint, where sign-in starts. */
  public String getAuthorizationEndpoint() {
    return getProviderUri() + "/protocol/openid-connect/auth";
  }

  /** A URL that answers quickly when Keycloak is up: the realm's discovery document. */
  public String getDiscoveryUri() {
    return getProviderUri() + "/.well-known/openid-configuration";
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
