package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/administration/declaration.xhtml}: a circle's declaration (要綱 第4) for everybody;
 * the central city's staff declare, change and withdraw it there.
 */
public final class DeclarationPage extends Page {

  public DeclarationPage(Browser browser) {
    super(browser);
  }

  public static DeclarationPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/declaration");
    return new DeclarationPage(browser);
  }

  public String heading() {
    return browser.textOf(By.tagName("h1"));
  }

  /** What the "declaration in force" section says: the items, that it was withdrawn, or none. */
  public String inForce() {
    return text("in-force");
  }

  public boolean offersDeclaring() {
    return shows("declaration-form:declare");
  }

  public boolean offersWithdrawing() {
    return shows("withdraw-form:withdraw");
  }

  /** What the form shows in an item (0 = ①, 4 = ⑤, 5 = ⑥) before anything is typed. */
  public String item(int index) {
    return browser.find(By.id("declaration-form:item-" + index)).getAttribute("value");
  }

  public String eligibility() {
    return text("eligibility");
  }

  /** Declares on a date with item ⑤ and its explanation as given; the other items as they stand. */
  public void declare(String on, String itemFive, String note) {
    browser.setValue("declaration-form:declared-on", on);
    type("declaration-form:item-4", itemFive);
    type("declaration-form:commuting-note", note);
    press("declaration-form:declare");
  }

  /** Fills items ①–④ (a first declaration starts with them empty). */
  public void fillItemsOneToFour(String text) {
    for (int i = 0; i < 4; i++) {
      type("declaration-form:item-" + i, text + (i + 1));
    }
  }

  /** What the "waiting for the second signature" section says (要綱 第9). */
  public String awaiting() {
    return text("awaiting");
  }

  public boolean offersCosigning() {
    return shows("cosign-form:cosign");
  }

  public void cosign(String on) {
    browser.setValue("cosign-form:cosigned-on", on);
    press("cosign-form:cosign");
  }

  /** Records the copy to a recipient ({@code GOVERNOR-32}, {@code MINISTRY}) sent on a day. */
  public void recordCopy(String recipientId, String on) {
    browser.setValue("send-" + recipientId + ":sent-on", on);
    press("send-" + recipientId + ":record");
  }

  public void withdraw(String on, String reason) {
    browser.setValue("withdraw-form:withdrawn-on", on);
    type("withdraw-form:reason", reason);
    press("withdraw-form:withdraw");
  }
}
