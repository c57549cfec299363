package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;

/**
 * {@code WEB-INF/includes/prepared-publication.xhtml} on the page that includes it — minutes of a
 * consultation or a roundtable meeting, a draft of the vision: publication at a date and time.
 */
public final class PreparedPublication extends Page {

  public PreparedPublication(Browser browser) {
    super(browser);
  }

  /**
   * Prepares (or moves) the publication: a date {@code yyyy-MM-dd}, a time {@code HH:mm} or null.
   */
  public void publishAt(String date, String time) {
    browser.setValue("schedule-form:publish-date", date);
    if (time != null) {
      browser.setValue("schedule-form:publish-time", time);
    }
    press("schedule-form:schedule");
  }

  /** Fills the override reason the vision's gate asks for, before {@link #publishAt}. */
  public PreparedPublication because(String overrideReason) {
    type("schedule-form:later-override", overrideReason);
    return this;
  }

  public void withdraw() {
    press("withdraw-schedule-form:withdraw-schedule");
  }

  /** What the page says of the prepared time ("…に公表する予約をしています"). */
  public String scheduledAt() {
    return text("scheduled-at");
  }

  public boolean isScheduled() {
    return shows("scheduled-at");
  }

  public boolean isOffered() {
    return shows("schedule-form:schedule");
  }
}
