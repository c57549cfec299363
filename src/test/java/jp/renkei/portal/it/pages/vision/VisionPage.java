package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/vision/vision.xhtml}: the adopted vision with a chart and table per KPI. */
public final class VisionPage extends Page {

  public VisionPage(Browser browser) {
    super(browser);
  }

  public static VisionPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision");
    return new VisionPage(browser);
  }

  public boolean drawsAChart() {
    return browser.drewChart(".kpi-chart canvas");
  }

  public String kpiTable() {
    return browser.find(By.cssSelector(".kpi-table")).getText();
  }
}
