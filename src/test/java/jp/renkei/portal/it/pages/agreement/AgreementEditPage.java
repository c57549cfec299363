package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/agreement/edit.xhtml}: co-editing a draft's clauses and initiatives. */
public final class AgreementEditPage extends Page {

  public AgreementEditPage(Browser browser) {
    super(browser);
  }

  public static AgreementEditPage open(Browser browser, String slug, long id) {
    browser.visit("/c/" + slug + "/agreements/" + id + "/edit");
    return new AgreementEditPage(browser);
  }

  /**
   * One initiative row: the 要綱's policy field ({@code LIFE_MEDICAL}), title, content, and the 役割分担
   * — the central city's part and the partner's.
   */
  public record InitiativeRow(
      String field, String title, String content, String centralRole, String partnerRole) {}

  public AgreementEditPage purpose(String text) {
    type("edit-form:purpose", text);
    return this;
  }

  public AgreementEditPage basicPolicy(String text) {
    type("edit-form:basic-policy", text);
    return this;
  }

  public AgreementEditPage execution(String text) {
    type("edit-form:execution", text);
    return this;
  }

  public AgreementEditPage consultation(String text) {
    type("edit-form:consultation-text", text);
    return this;
  }

  public AgreementEditPage term(String text) {
    type("edit-form:term-text", text);
    return this;
  }

  public AgreementEditPage disputes(String text) {
    type("edit-form:disputes", text);
    return this;
  }

  /** Adds a row and fills it; rows are numbered from 0 in the order they were added. */
  public AgreementEditPage addInitiative(int row, InitiativeRow initiative) {
    press("edit-form:add-row");
    String prefix = "edit-form:initiatives:" + row + ":";
    if (!initiative.field().isEmpty()) {
      select(prefix + "field", initiative.field());
    }
    type(prefix + "title", initiative.title());
    type(prefix + "content", initiative.content());
    type(prefix + "central-role", initiative.centralRole());
    type(prefix + "partner-role", initiative.partnerRole());
    return this;
  }

  /** Removes a row (numbered from 0); the rows after it move up. */
  public AgreementEditPage removeInitiative(int row) {
    press("edit-form:initiatives:" + row + ":remove");
    return this;
  }

  /** Saves; on success the detail page opens with a message, otherwise this page says why. */
  public void save() {
    press("edit-form:save");
  }

  public boolean isShown() {
    return shows("edit-form:purpose");
  }
}
