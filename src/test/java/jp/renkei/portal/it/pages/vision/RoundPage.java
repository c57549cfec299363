package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/vision/round.xhtml}: one partner's round — its office comments per section and
 * signs off; the central city answers each comment.
 */
public final class RoundPage extends Page {

  public RoundPage(Browser browser) {
    super(browser);
  }

  public static RoundPage open(Browser browser, String path) {
    browser.visit(path);
    return new RoundPage(browser);
  }

  public boolean hasSection(String section) {
    return shows("section-" + section);
  }

  public String section(String section) {
    return text("section-" + section);
  }

  /** The text shown as inserted in a section since the earlier draft. */
  public String insertedIn(String section) {
    return browser.find(By.cssSelector("#section-" + section + " ins")).getText();
  }

  public void comment(String section, String text) {
    select("comment-form:section", section);
    type("comment-form:body", text);
    press("comment-form:send-comment");
  }

  /** The id of the first comment on a section. */
  public String firstCommentOn(String section) {
    String id =
        browser.find(By.cssSelector("#section-" + section + " .comment")).getAttribute("id");
    return id.substring("comment-".length());
  }

  public void answer(String commentId, String reflection, String reason) {
    browser
        .find(
            By.cssSelector(
                "input[name='answer-form-"
                    + commentId
                    + ":reflection'][value='"
                    + reflection
                    + "']"))
        .click();
    type("answer-form-" + commentId + ":reason", reason);
    press("answer-form-" + commentId + ":answer");
  }

  public String answerTo(String commentId) {
    return text("answer-" + commentId);
  }

  public void signOff() {
    press("sign-off-form:sign-off");
  }

  public String state() {
    return text("round-state");
  }
}
