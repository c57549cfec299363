package jp.renkei.portal.administration.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/**
 * An e-mail address as people type it, checked strictly (RFC 822 by Jakarta Mail, a single address
 * with a domain that has a dot) and lower-cased: it becomes the person's Keycloak username.
 */
public final class EmailAddress {

  private EmailAddress() {}

  public static String normalized(String typed) {
    if (typed == null || typed.isBlank() || typed.strip().length() > 200) {
      throw new AdministrationRefused("admin.error.email");
    }
    String text = typed.strip();
    try {
      InternetAddress address = new InternetAddress(text, true);
      address.validate();
      String value = address.getAddress();
      int at = value.indexOf('@');
      if (!value.equals(text)
          || at < 1
          || value.indexOf('.', at) < 0
          || value.endsWith(".")
          || value.contains("..")) {
        throw new AdministrationRefused("admin.error.email");
      }
      return value.toLowerCase(Locale.ROOT);
    } catch (AddressException e) {
      throw new AdministrationRefused("admin.error.email");
    }
  }
}
