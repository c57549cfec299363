package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/vision/changes.xhtml}: section by section, what changed since the last version. */
public final class ChangesPage extends Page {

  public ChangesPage(Browser browser) {
    super(browser);
  }

  public static ChangesPage open(Browser browser, String versionPath) {
    browser.visit(versionPath + "/changes");
    return new ChangesPage(browser);
  }

  public String change(String section) {
    return text("change-" + section);
  }
}
