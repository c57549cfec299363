package jp.renkei.portal.it.pages.consultation;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/consultation/cadence.xhtml}: per partner, the last and next consultation. */
public final class CadencePage extends Page {

  public CadencePage(Browser browser) {
    super(browser);
  }

  public static CadencePage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/consultations/cadence");
    return new CadencePage(browser);
  }

  public String of(String partnerCode) {
    return text("cadence-" + partnerCode);
  }
}
