package jp.renkei.portal.identity.entity;

import jp.renkei.portal.platform.rules.Refusal;

/**
 * Keycloak was reached and refused what was entered — a name with a character its profile rules
 * forbid ({@code < > { } $ …}), a username it does not accept. Unlike {@link KeycloakUnavailable}
 * this is not an outage: the person changes the input and tries again.
 */
public class KeycloakRefused extends Refusal {

  public KeycloakRefused(String detail) {
    super("admin.error.keycloak-refused", detail, null);
  }
}
