package jp.renkei.portal.it.consultation;

import java.util.List;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
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
    browser.setValue(prefix + "date", date);
    browser.setValue(prefix + "starts", starts);
    browser.setValue(prefix + "ends", ends);
    browser.type(By.id(prefix + "place"), place);
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
