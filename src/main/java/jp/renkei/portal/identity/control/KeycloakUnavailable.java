package jp.renkei.portal.identity.control;

/**
 * Keycloak could not be reached, or refused the portal's administration request. Nothing the
 * request asked for was done in the portal; the page says so and the person may try again.
 */
public class KeycloakUnavailable extends RuntimeException {

  public KeycloakUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
