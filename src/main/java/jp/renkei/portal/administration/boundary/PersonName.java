package jp.renkei.portal.administration.boundary;

import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.platform.rules.RequiredText;

/** A family or given name as typed: required, at most 50 characters (Keycloak's profile). */
final class PersonName {

  static final int MAX = 50;

  private PersonName() {}

  static String required(String typed) {
    return RequiredText.of(
        typed,
        MAX,
        () -> new AdministrationRefused("admin.error.person-name"),
        () -> new AdministrationRefused("admin.error.too-long"));
  }
}
