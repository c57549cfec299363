package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;

/** {@code webapp/WEB-INF/errors/error.xhtml}: the portal's own error page. */
public final class ErrorPage extends Page {

  public ErrorPage(Browser browser) {
    super(browser);
  }

  public String title() {
    return text("error-title");
  }

  public String status() {
    return browser.find(org.openqa.selenium.By.id("error-title")).getAttribute("data-status");
  }

  public String explanation() {
    return text("error-text");
  }
}
