package jp.renkei.portal.it.pages.feedback;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code webapp/feedback/moderation.xhtml}: the central city moderates the residents' opinions on a
 * document — hide with a reason, answer, publish the summary.
 */
public final class ModerationPage extends Page {

  public ModerationPage(Browser browser) {
    super(browser);
  }

  /** The moderation page of a document page ({@code /c/aomori/agreements/3}). */
  public static ModerationPage of(Browser browser, String documentPath) {
    browser.visit(documentPath + "/feedback");
    return new ModerationPage(browser);
  }

  public String items() {
    return text("moderation-list");
  }

  /** The id of the opinion whose text contains this. */
  public String itemContaining(String text) {
    WebElement item =
        browser.find(By.id("moderation-list")).findElements(By.cssSelector("li")).stream()
            .filter(li -> li.getText().contains(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no opinion with " + text));
    return item.getAttribute("id").substring("feedback-".length());
  }

  public void hide(String itemId, String reason) {
    type("hide-" + itemId + ":reason", reason);
    press("hide-" + itemId + ":hide");
  }

  public void respond(String itemId, String response) {
    type("respond-" + itemId + ":response", response);
    press("respond-" + itemId + ":respond");
  }

  public void publishSummary() {
    press("publish-form:publish");
  }

  public boolean summaryPublished() {
    return browser.find(By.id("summary-published")).isDisplayed();
  }
}
