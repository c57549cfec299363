package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/agreement/diff.xhtml}: what changed between two versions, clause by clause. */
public final class AgreementDiffPage extends Page {

  public AgreementDiffPage(Browser browser) {
    super(browser);
  }

  public static AgreementDiffPage open(Browser browser, String slug, long id, int from, int to) {
    browser.visit("/c/" + slug + "/agreements/" + id + "/diff?from=" + from + "&to=" + to);
    return new AgreementDiffPage(browser);
  }

  /** The text inserted in a clause ({@code PURPOSE}…). */
  public String inserted(String clause) {
    return browser.find(By.cssSelector("#diff-" + clause + " ins")).getText();
  }

  /** What a screen reader hears of the insertion: the hidden words that say it is one. */
  public String insertedAsHeard(String clause) {
    return browser.find(By.cssSelector("#diff-" + clause + " ins")).getAttribute("textContent");
  }
}
