package jp.renkei.portal.administration.boundary;

import jp.renkei.portal.administration.entity.AdministrationRefused;

/** A family or given name as typed: required, at most 50 characters (Keycloak's profile). */
final class PersonName {

  static final int MAX = 50;

  private PersonName() {}

  static String required(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new AdministrationRefused("admin.error.person-name");
    }
    if (typed.strip().length() > MAX) {
      throw new AdministrationRefused("admin.error.too-long");
    }
    return typed.strip();
  }
}
