package jp.renkei.portal.identity.entity;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * Keycloak could not be reached, or refused the portal's administration request. Nothing the
 * request asked for was done in the portal; the page says so and the person may try again.
 */
public class KeycloakUnavailable extends Refusal {

  public static final String MESSAGE_KEY = "admin.error.keycloak";

  public KeycloakUnavailable(String message, Throwable cause) {
    super(MESSAGE_KEY, message, cause);
  }
}
