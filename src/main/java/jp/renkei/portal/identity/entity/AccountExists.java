package jp.renkei.portal.identity.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** Keycloak already has an account with this username or e-mail. */
public class AccountExists extends Refusal {

  public AccountExists(String username) {
    super("admin.error.account-exists", "Keycloak already has " + username, null);
  }
}
