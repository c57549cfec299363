package jp.renkei.portal.it.pages.notice;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/notice/list.xhtml}: a circle's notices; for the central city's office also the form
 * to write one, at once or for a publication time, and the notices prepared for later.
 */
public final class NoticesPage extends Page {

  public NoticesPage(Browser browser) {
    super(browser);
  }

  public static NoticesPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/notices");
    return new NoticesPage(browser);
  }

  /** Writes a notice; {@code date} null publishes it at once. */
  public void write(String title, String body, String date, String time) {
    type("notice-form:title-ja", title);
    type("notice-form:body-ja", body);
    if (date != null) {
      browser.setValue("notice-form:date", date);
    }
    if (time != null) {
      browser.setValue("notice-form:time", time);
    }
    press("notice-form:write");
  }

  /** The published notices; empty when there are none (the list is then an empty element). */
  public String list() {
    return shows("notice-list") ? browser.driver().findElement(By.id("notice-list")).getText() : "";
  }

  public String scheduled() {
    return shows("scheduled-notices") ? text("scheduled-notices") : "";
  }

  /** Withdraws the prepared notice whose title contains this. */
  public void withdraw(String title) {
    String id =
        browser.driver().findElements(By.cssSelector("#scheduled-notices > li")).stream()
            .filter(li -> li.getText().contains(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not prepared: " + title))
            .getAttribute("id")
            .substring("scheduled-".length());
    press("withdraw-" + id + ":withdraw");
  }
}
