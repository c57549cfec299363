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

  /** The page's language ({@code lang} of its root element). */
  public String language() {
    return browser.find(By.tagName("html")).getAttribute("lang");
  }

  /** The portal's name at the top of the page. */
  public String heading() {
    return browser.textOf(By.id("kc-header-wrapper"));
  }

  /** The portal's footer under the form. */
  public String footer() {
    return browser.textOf(By.id("renkei-footer"));
  }

  /** Where the footer's way back to the portal leads. */
  public String backToPortal() {
    return browser.find(By.id("renkei-back")).getAttribute("href");
  }

  /** Opens the registration form from the login page. */
  public KeycloakLoginPage openRegistration() {
    browser.submit(By.cssSelector("a[href*='registration']"));
    browser.find(By.id("kc-register-form"));
    return this;
  }

  /** The ids of the registration form's text inputs, in the order the form asks for them. */
  public java.util.List<String> registrationFields() {
    return browser.driver().findElements(By.cssSelector("#kc-register-form input")).stream()
        .map(i -> i.getAttribute("id"))
        .filter(id -> id != null && !id.isEmpty())
        .toList();
  }

  /** The label of one registration field. */
  public String labelOf(String inputId) {
    return browser.textOf(By.cssSelector("label[for='" + inputId + "']"));
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
