package jp.renkei.portal.it.pages.roundtable;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code webapp/roundtable/meeting.xhtml}: a meeting's attendance and minutes, then publication.
 */
public final class MeetingPage extends Page {

  public MeetingPage(Browser browser) {
    super(browser);
  }

  /** Ticks every member in office and saves the attendance. */
  public void everybodyAttended() {
    browser
        .driver()
        .findElements(By.cssSelector("input[name='attendance-form:present']"))
        .forEach(WebElement::click);
    press("attendance-form:save-attendance");
  }

  public String attendance() {
    return text("attendance");
  }

  public void writeMinutes(String text) {
    type("minutes-form:minutes", text);
    press("minutes-form:save-minutes");
  }

  public String minutes() {
    return text("meeting-minutes");
  }

  public boolean offersMinutesEditor() {
    return shows("minutes-form:save-minutes");
  }

  public void publish() {
    press("publish-form:publish");
  }
}
