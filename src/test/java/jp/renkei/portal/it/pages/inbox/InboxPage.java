package jp.renkei.portal.it.pages.inbox;

import java.util.List;
import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /inbox}: what needs the person's action, and what they were told. */
public class InboxPage extends Page {

  public InboxPage(Browser browser) {
    super(browser);
    browser.find(By.id("actions-heading"));
  }

  public static InboxPage open(Browser browser) {
    browser.visit("/inbox");
    return new InboxPage(browser);
  }

  /** The text of every item that needs action, most urgent first. */
  public List<String> actions() {
    if (!shows("actions")) {
      return List.of();
    }
    return browser.driver().findElements(By.cssSelector("#actions .inbox-item")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text of everything the person was told. */
  public String updates() {
    return text("updates-heading")
        + "\n"
        + (shows("updates") ? text("updates") : text("no-updates"));
  }

  /** Follows the item whose text has this in it to the place to act. */
  public void openAction(String part) {
    WebElement item =
        browser.driver().findElements(By.cssSelector("#actions .inbox-item")).stream()
            .filter(e -> e.getText().contains(part))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No action " + part + " in " + actions()));
    item.findElement(By.cssSelector("a.inbox-link")).click();
  }

  public String actionCount() {
    return text("action-count");
  }
}
