package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.pages.feedback.FeedbackSection;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/vision/version.xhtml}: one version of the vision — the document, the adoption gate,
 * deliberation, public comment, redraft and adoption for the central city, the partner's way into
 * its round, the residents' comments.
 */
public final class VersionPage extends Page {

  public VersionPage(Browser browser) {
    super(browser);
  }

  public static VersionPage open(Browser browser, String path) {
    browser.visit(path);
    return new VersionPage(browser);
  }

  public EditPage edit() {
    browser.find(By.id("edit-link")).click();
    return new EditPage(browser);
  }

  public RoundsPage rounds() {
    browser.find(By.id("rounds-link")).click();
    return new RoundsPage(browser);
  }

  /** A partner office opens its own round on this draft. */
  public RoundPage myRound() {
    browser.find(By.id("my-round-link")).click();
    return new RoundPage(browser);
  }

  /** The version's status as the page names it ("策定済み（現行）"). */
  public String status() {
    return text("version-status");
  }

  public String gateDeliberated() {
    return text("gate-deliberated");
  }

  public String gateSignOffs() {
    return text("gate-sign-offs");
  }

  public void deliberatedAt(String meetingTitle) {
    selectText("deliberation-form:meeting", meetingTitle);
    press("deliberation-form:deliberate");
  }

  public void adopt() {
    press("adopt-form:adopt");
  }

  /** Makes a new draft of this version; the versions page opens. */
  public VersionsPage redraft() {
    press("redraft-form:redraft");
    return new VersionsPage(browser);
  }

  public void openPublicComment(String closes) {
    browser.setValue("public-comment-form:closes", closes);
    press("public-comment-form:open-comment");
  }

  public FeedbackSection feedback() {
    return new FeedbackSection(browser);
  }
}
