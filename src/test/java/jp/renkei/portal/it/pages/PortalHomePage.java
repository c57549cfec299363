package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/index.xhtml}: every circle, and the look-up of a municipality's circles. */
public final class PortalHomePage extends Page {

  public PortalHomePage(Browser browser) {
    super(browser);
  }

  public static PortalHomePage open(Browser browser) {
    browser.visit("/");
    return new PortalHomePage(browser);
  }

  public void lookUp(String typed) {
    browser.find(By.id("lookup-code")).sendKeys(typed);
    press("lookup-submit");
  }

  public String lookupResult() {
    return text("lookup-result");
  }

  public String lookupError() {
    return text("lookup-error");
  }

  public String lookupFieldInvalid() {
    return browser.find(By.id("lookup-code")).getAttribute("aria-invalid");
  }

  public void openCircle(String name) {
    browser.submit(By.linkText(name));
  }

  public String language() {
    return browser.find(By.tagName("html")).getAttribute("lang");
  }
}
