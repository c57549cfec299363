package jp.renkei.portal.it.pages.vision;

import java.nio.file.Path;
import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/vision/population.xhtml}: targets against actuals; the central city imports. */
public final class PopulationPage extends Page {

  private PopulationPage(Browser browser) {
    super(browser);
  }

  public static PopulationPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision/population");
    browser.find(By.id("population-title"));
    return new PopulationPage(browser);
  }

  public boolean offersImport() {
    return browser.isPresent(By.id("import-heading"));
  }

  public void importFile(Path file) {
    browser.find(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
    browser.submit(By.id("import:import-submit"));
  }

  public String report() {
    return browser.textOf(By.id("import-report"));
  }

  /** The row of the circle's table for a year, as read. */
  public String circleYear(int year) {
    return browser.textOf(By.cssSelector("#circle-population tr[data-year='" + year + "']"));
  }

  public boolean drawsAChart() {
    return browser.drewChart("#circle-heading ~ .kpi-chart canvas");
  }
}
