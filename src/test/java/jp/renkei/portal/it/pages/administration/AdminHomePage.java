package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/administration/home.xhtml}: where the portal administrator starts. */
public final class AdminHomePage extends Page {

  public AdminHomePage(Browser browser) {
    super(browser);
  }

  public DriftPage openDrift() {
    press("home-drift");
    return new DriftPage(browser);
  }
}
