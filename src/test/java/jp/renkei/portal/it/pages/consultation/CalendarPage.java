package jp.renkei.portal.it.pages.consultation;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/consultation/calendar.xhtml}: a person's private calendar subscription. */
public final class CalendarPage extends Page {

  public CalendarPage(Browser browser) {
    super(browser);
  }

  public static CalendarPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/calendar");
    return new CalendarPage(browser);
  }

  /** Makes a new secret address and returns it, from {@code /calendar/} on. */
  public String renew() {
    press("calendar-form:renew");
    String url = browser.find(By.id("feed-url")).getAttribute("value");
    return url.substring(url.indexOf("/calendar/"));
  }

  public void revoke() {
    press("calendar-form:revoke");
  }
}
