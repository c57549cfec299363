package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/vision/outcomes.xhtml}: the circle against its comparison group. */
public final class OutcomePage extends Page {

  private OutcomePage(Browser browser) {
    super(browser);
  }

  public static OutcomePage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision/outcomes");
    browser.find(By.id("outcome-title"));
    return new OutcomePage(browser);
  }

  public String group() {
    return text("comparison-group");
  }

  /** The central city names a municipality to compare with. */
  public void name(String code, String name) {
    type("name-form:code", code);
    type("name-form:name", name);
    press("name-form:add");
  }

  /** The central city takes a named municipality out of the comparison. */
  public void unname(String code) {
    press("unname-" + code + ":unname");
  }

  /** The row of a year, as read. */
  public String year(int year) {
    return browser.textOf(By.cssSelector("#outcomes tr[data-year='" + year + "']"));
  }

  public String since() {
    return text("since");
  }

  public boolean drawsAChart() {
    return browser.drewChart(".kpi-chart canvas");
  }
}
