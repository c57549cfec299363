package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** Keycloak's login page and its registration form (self-registration of residents). */
public final class KeycloakLoginPage {

  private final Browser browser;

  public KeycloakLoginPage(Browser browser) {
    this.browser = browser;
  }

  public void signIn(String username, String password) {
    browser.find(By.id("username")).sendKeys(username);
    browser.find(By.id("password")).sendKeys(password);
    browser.submit(By.id("kc-login"));
  }

  public boolean isShown() {
    return browser.isPresent(By.id("kc-form-login"));
  }

  /** Registers a new account on Keycloak's registration form, reached from the login page. */
  public void register(String username, String lastName, String firstName, String password) {
    browser.submit(By.cssSelector("a[href*='registration']"));
    browser.type(By.id("username"), username);
    browser.type(By.id("email"), username + "@example.invalid");
    browser.type(By.id("firstName"), firstName);
    browser.type(By.id("lastName"), lastName);
    browser.type(By.id("password"), password);
    browser.type(By.id("password-confirm"), password);
    browser.submit(By.cssSelector("#kc-form-buttons input[type=submit], #kc-form-buttons button"));
  }
}
