package jp.renkei.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInLanguageTest {

  private static final String AUTH =
      "http://127.0.0.1:8180/realms/renkei/protocol/openid-connect/auth";

  @Test
  void theRedirectToKeycloaksSignInCarriesTheLanguage() {
    assertEquals(
        AUTH + "?client_id=renkei-portal&state=x&ui_locales=en",
        SignInLanguage.withLanguage(AUTH + "?client_id=renkei-portal&state=x", AUTH, "en"));
  }

  @Test
  void otherRedirectsAndOnesThatNameALanguageAreLeftAlone() {
    assertEquals("/callback", SignInLanguage.withLanguage("/callback", AUTH, "en"));
    assertEquals(
        "http://evil.example/?x=1",
        SignInLanguage.withLanguage("http://evil.example/?x=1", AUTH, "en"));
    assertEquals(
        AUTH + "?ui_locales=ja", SignInLanguage.withLanguage(AUTH + "?ui_locales=ja", AUTH, "en"));
    assertEquals(null, SignInLanguage.withLanguage(null, AUTH, "en"));
  }
}
