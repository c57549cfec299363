package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/vision/rounds.xhtml}: the matrix of sections × partners; opening rounds. */
public final class RoundsPage extends Page {

  public RoundsPage(Browser browser) {
    super(browser);
  }

  public static RoundsPage open(Browser browser, String versionPath) {
    browser.visit(versionPath + "/rounds");
    return new RoundsPage(browser);
  }

  public void openRound(String partnerCode, String deadline) {
    browser.setValue("open-" + partnerCode + ":deadline", deadline);
    press("open-" + partnerCode + ":open");
  }

  /** The state of one cell: a section ({@code I-1}) for a partner. */
  public String cell(String section, String partnerCode) {
    return text("cell-" + section + "-" + partnerCode);
  }

  /** The address of a partner's round, from {@code /c/} on. */
  public String roundPath(String partnerCode) {
    String href = browser.find(By.cssSelector("#col-" + partnerCode + " a")).getAttribute("href");
    return href.substring(href.indexOf("/c/"));
  }
}
