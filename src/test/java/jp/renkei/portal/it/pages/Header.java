package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import org.openqa.selenium.By;

/** The header every portal page has: language, sign-in and out, the circle switcher. */
public final class Header {

  private final Browser browser;

  public Header(Browser browser) {
    this.browser = browser;
  }

  public void clickSignIn() {
    browser.submit(By.id("sign-in"));
  }

  /** Signs in from the current page and waits to be back at the portal. */
  public void signIn(String username) {
    clickSignIn();
    new KeycloakLoginPage(browser).signIn(username, PortalHttp.DEMO_PASSWORD);
    browser.find(By.id("sign-out"));
  }

  /** Signs out and waits until the page offers signing in again. */
  public void signOut() {
    browser.submit(By.id("sign-out"));
    browser.find(By.id("sign-in"));
  }

  public String signedInAs() {
    return browser.find(By.id("signed-in-as")).getText();
  }

  public boolean isSignedIn() {
    return browser.isPresent(By.id("sign-out"));
  }

  public boolean offersAdministration() {
    return browser.isPresent(By.id("administration"));
  }

  public void openAdministration() {
    browser.submit(By.id("administration"));
  }

  public void switchLanguage() {
    browser.submit(By.id("language-switch"));
  }

  /** Clicks the circle of that (Japanese or English) name in "your circles". */
  public void switchToCircle(String circleName) {
    browser.submit(By.linkText(circleName));
  }

  public String myCircles() {
    return browser.find(By.id("circle-switcher")).getText();
  }

  /** The count of open actions beside the inbox link. */
  public String inboxCount() {
    return browser.find(By.id("inbox-count")).getText();
  }
}
