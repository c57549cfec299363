package jp.renkei.portal.it.support;

import org.openqa.selenium.By;

/**
 * Page objects of the portal and of Keycloak's login page, as a person sees them: what to click and
 * what to read.
 */
public final class PortalPages {

  private PortalPages() {}

  /** The header every portal page has. */
  public record Header(Browser browser) {
    public void clickSignIn() {
      browser.submit(By.id("sign-in"));
    }

    public void signOut() {
      browser.submit(By.id("sign-out"));
    }

    public String signedInAs() {
      return browser.find(By.id("signed-in-as")).getText();
    }

    public boolean isSignedIn() {
      return browser.isPresent(By.id("sign-out"));
    }

    public void switchLanguage() {
      browser.submit(By.id("language-switch"));
    }

    /** Clicks the circle of that (Japanese or English) name in "your circles". */
    public void switchToCircle(String circleName) {
      browser.submit(By.linkText(circleName));
    }
  }

  /** Keycloak's login form. */
  public record KeycloakLogin(Browser browser) {
    public void signIn(String username, String password) {
      browser.find(By.id("username")).sendKeys(username);
      browser.find(By.id("password")).sendKeys(password);
      browser.submit(By.id("kc-login"));
    }

    public boolean isShown() {
      return browser.isPresent(By.id("kc-form-login"));
    }
  }

  /** The members' page of a circle. */
  public record MembersPage(Browser browser) {
    public String municipalities() {
      return browser.find(By.id("my-municipalities")).getText();
    }

    public String roles() {
      return browser.find(By.id("my-roles")).getText();
    }
  }

  /** Signs in from the current page and waits to be back at the portal. */
  public static void signIn(Browser browser, String username) {
    new Header(browser).clickSignIn();
    new KeycloakLogin(browser).signIn(username, PortalHttp.DEMO_PASSWORD);
    browser.find(By.id("sign-out"));
  }
}
