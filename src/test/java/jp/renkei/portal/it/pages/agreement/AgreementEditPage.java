package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

  /**
   * Five initiatives that make the 要綱's checklist complete — a field of each group (ア, イ, ウ A–C) —
   * in the order the journeys type them.
   */
  public static final java.util.List<InitiativeRow> COMPLETE_INITIATIVES =
      java.util.List.of(
          new InitiativeRow("GROWTH_TOURISM", "観光施策", "誘客拡大", "企画と発信", "観光資源の紹介"),
          new InitiativeRow("URBAN_HIGHER_EDUCATION", "高等教育", "人材育成", "大学との調整", "受入れ"),
          new InitiativeRow("LIFE_MEDICAL", "地域医療", "研修", "研修の実施", "医療従事者の参加"),
          new InitiativeRow("NETWORK_EXCHANGE", "移住促進", "相談体制", "相談窓口の運営", "空き家の紹介"),
          new InitiativeRow("MANAGEMENT_TRAINING", "職員研修", "合同研修", "研修の企画", "職員の派遣"));

  /**
   * Types {@link #COMPLETE_INITIATIVES} from row {@code from} on, into the rows of the same index.
   */
  public AgreementEditPage addCompleteInitiatives(int from) {
    for (int row = from; row < COMPLETE_INITIATIVES.size(); row++) {
      addInitiative(row, COMPLETE_INITIATIVES.get(row));
    }
    return this;
  }

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

  /** How wide a row's field is drawn ({@code content}, {@code title}, …), in CSS pixels. */
  public int initiativeFieldWidth(int row, String field) {
    return browser.find(By.id("edit-form:initiatives:" + row + ":" + field)).getRect().getWidth();
  }

  /** The label of a row's field as a person sees it: its text, or "" while it is hidden. */
  public String shownLabelOf(int row, String field) {
    WebElement label =
        browser.find(
            By.cssSelector("label[for='edit-form:initiatives:" + row + ":" + field + "']"));
    return label.getRect().getWidth() > 1 ? label.getText() : "";
  }

  public boolean isShown() {
    return shows("edit-form:purpose");
  }
}
