package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/administration/audit.xhtml}: the audit log, filtered by the address's query. */
public final class AuditPage extends Page {

  public AuditPage(Browser browser) {
    super(browser);
  }

  /** The log with a filter ({@code circle=aomori&actor=admin}, {@code from=2026-11-01}…). */
  public static AuditPage open(Browser browser, String query) {
    browser.visit("/admin/audit?" + query);
    return new AuditPage(browser);
  }

  public String entries() {
    return text("audit-table");
  }

  public boolean hasEntries() {
    return shows("audit-table");
  }

  public boolean saysBadDate() {
    return shows("bad-date");
  }
}
