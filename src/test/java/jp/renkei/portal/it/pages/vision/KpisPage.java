package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** {@code webapp/vision/kpis.xhtml}: the responsible municipality reports a KPI's actuals. */
public final class KpisPage extends Page {

  public KpisPage(Browser browser) {
    super(browser);
  }

  public static KpisPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision/kpis");
    return new KpisPage(browser);
  }

  /** Reports the actual of the first KPI the caller reports, for a fiscal year if given. */
  public void report(String fiscalYear, String actual) {
    if (fiscalYear != null) {
      new Select(browser.find(By.cssSelector("form[id^='actual-'] select")))
          .selectByValue(fiscalYear);
    }
    browser.type(By.cssSelector("form[id^='actual-'] input[type=text]"), actual);
    browser.submit(By.cssSelector("form[id^='actual-'] input[type=submit]"));
  }
}
