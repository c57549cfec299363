package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/vision/versions.xhtml}: the versions of the vision; the first draft starts here.
 */
public final class VersionsPage extends Page {

  public VersionsPage(Browser browser) {
    super(browser);
  }

  public static VersionsPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision/versions");
    return new VersionsPage(browser);
  }

  public void startFirstDraft(String title, String fromYear, String toYear) {
    type("start-form:title", title);
    type("start-form:start", fromYear);
    type("start-form:end", toYear);
    press("start-form:create");
  }

  /** Opens the newest version in the table. */
  public VersionPage openNewest() {
    browser.find(By.cssSelector("#version-table a")).click();
    return new VersionPage(browser);
  }
}
