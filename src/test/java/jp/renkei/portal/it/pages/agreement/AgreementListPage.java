package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/agreement/list.xhtml}: a circle's agreements; the central city starts one. */
public final class AgreementListPage extends Page {

  public AgreementListPage(Browser browser) {
    super(browser);
  }

  public static AgreementListPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/agreements");
    return new AgreementListPage(browser);
  }

  /** Starts an agreement with a partner and lands in its editor. */
  public AgreementEditPage startWith(String partnerCode) {
    select("start-form:partner", partnerCode);
    press("start-form:start");
    browser.waitForUrlContaining("/edit");
    return new AgreementEditPage(browser);
  }

  public String list() {
    return text("agreement-list");
  }
}
