package jp.renkei.portal.it.pages.consultation;

import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/WEB-INF/includes/slot-rows.xhtml}: the candidate slots of a proposal or a
 * reschedule, one row each (Japan time). Rows are filled in order, as a person adds them.
 */
final class SlotForm {

  private SlotForm() {}

  static void fill(
      Browser browser,
      String form,
      int row,
      String date,
      String starts,
      String ends,
      String place) {
    String prefix = form + ":slot:" + row + ":";
    if (!browser.driver().findElement(By.id(prefix + "date")).isDisplayed()) {
      // Rows after the first are offered one at a time, behind the "add a row" button.
      browser.driver().findElement(By.cssSelector("[id='" + form + "'] button.add-row")).click();
    }
    browser.setValue(prefix + "date", date);
    browser.setValue(prefix + "starts", starts);
    browser.setValue(prefix + "ends", ends);
    browser.type(By.id(prefix + "place"), place);
  }
}
