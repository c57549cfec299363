package jp.renkei.portal.it.pages.consultation;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/consultation/list.xhtml}: a circle's consultations; the central city proposes. */
public final class ConsultationListPage extends Page {

  public ConsultationListPage(Browser browser) {
    super(browser);
  }

  public static ConsultationListPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/consultations");
    return new ConsultationListPage(browser);
  }

  public ConsultationListPage title(String title) {
    type("propose-form:title", title);
    return this;
  }

  public ConsultationListPage invite(String partnerCode) {
    tick("propose-form:partners", partnerCode);
    return this;
  }

  /** Fills candidate slot {@code row} (from 0): date yyyy-mm-dd, times hh:mm, place. */
  public ConsultationListPage slot(int row, String date, String starts, String ends, String place) {
    SlotForm.fill(browser, "propose-form", row, date, starts, ends, place);
    return this;
  }

  /** Sends the proposal; on success the new consultation's page opens. */
  public void propose() {
    press("propose-form:propose");
  }

  public String pageText() {
    return browser.pageText();
  }
}
