package jp.renkei.portal.it.consultation;

import java.util.List;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Page objects for the consultation pages, as a mayor's office uses them. */
final class ConsultationPages {

  private ConsultationPages() {}

  /** Fills one candidate-slot row of a form ({@code propose-form} or {@code reschedule-form}). */
  static void slot(
      Browser browser,
      String form,
      int row,
      String date,
      String starts,
      String ends,
      String place) {
    String prefix = form + ":slot:" + row + ":";
    setValue(browser, prefix + "date", date);
    setValue(browser, prefix + "starts", starts);
    setValue(browser, prefix + "ends", ends);
    replace(browser.find(By.id(prefix + "place")), place);
  }

  /** Date and time inputs take their value as the browser would submit it. */
  static void setValue(Browser browser, String id, String value) {
    WebElement input = browser.find(By.id(id));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", input, value);
  }

  static void replace(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  static void tick(Browser browser, String name, String value) {
    WebElement box =
        browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** The ids of the candidate slots in the table, in time order. */
  static List<String> slotIds(Browser browser) {
    browser.find(By.id("slot-table"));
    return browser.driver().findElements(By.cssSelector("#slot-table tbody tr")).stream()
        .map(tr -> tr.getAttribute("id").substring("slot-".length()))
        .toList();
  }

  /** The page's messages; when there are none, fails with what the page says instead. */
  static String messages(Browser browser) {
    try {
      return browser.find(By.id("messages")).getText();
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no messages on " + browser.currentUrl() + ":\n" + browser.pageText(), e);
    }
  }

  static long idFrom(String url) {
    String tail = url.substring(url.indexOf("/consultations/") + "/consultations/".length());
    return Long.parseLong(tail.replaceAll("[^0-9].*$", ""));
  }
}
