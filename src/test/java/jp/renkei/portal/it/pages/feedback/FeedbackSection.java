package jp.renkei.portal.it.pages.feedback;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/WEB-INF/includes/feedback-form.xhtml}: the residents' side of a document page — the
 * opinion form, the sign-in link while comments are invited, the opinions councils read.
 */
public final class FeedbackSection extends Page {

  public FeedbackSection(Browser browser) {
    super(browser);
  }

  /** The visitor follows "sign in to comment". */
  public void signInToComment() {
    press("feedback-sign-in");
  }

  /** Sends an opinion on a section ({@code ""} for the whole document). */
  public void comment(String section, String text) {
    select("feedback-form:section", section);
    type("feedback-form:body", text);
    press("feedback-form:send");
    browser.find(By.id("messages"));
  }

  /** Sends an opinion on the whole document. */
  public void comment(String text) {
    type("feedback-form:body", text);
    press("feedback-form:send");
  }

  public boolean offersForm() {
    return shows("feedback-form:send");
  }
}
