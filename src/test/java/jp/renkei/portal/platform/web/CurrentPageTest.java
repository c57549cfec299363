package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurrentPageTest {

  @Test
  void aParameterIsAddedToAnAddressWithoutQuery() {
    assertEquals(
        "/c/kofu/agreements/3?opinions=1.5-7",
        CurrentPage.withParameter("/c/kofu/agreements/3", "opinions", "1.5-7"));
  }

  @Test
  void theOtherParametersAreKeptAndTheSameOneReplaced() {
    assertEquals(
        "/c/kofu/agreements/3?v=2&opinionsx=1&opinions=9.0-8",
        CurrentPage.withParameter(
            "/c/kofu/agreements/3?opinions=1.5-7&v=2&opinionsx=1&opinions", "opinions", "9.0-8"));
  }

  @Test
  void aNullValueDropsTheParameterAndAnEmptyQuery() {
    assertEquals(
        "/c/kofu/agreements/3?v=2",
        CurrentPage.withParameter("/c/kofu/agreements/3?opinions=1.5-7&v=2", "opinions", null));
    assertEquals(
        "/c/kofu/agreements/3",
        CurrentPage.withParameter("/c/kofu/agreements/3?opinions=1.5-7", "opinions", null));
  }

  @Test
  void theValueIsEncoded() {
    assertEquals("/me?q=a%26b%3Dc", CurrentPage.withParameter("/me", "q", "a&b=c"));
  }
}
