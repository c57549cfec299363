package jp.renkei.portal.it.pages.consultation;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/consultation/minutes.xhtml}: the minutes of a consultation — drafted and revised by
 * the central city, commented on and approved by every party, then final and published.
 */
public final class MinutesPage extends Page {

  public MinutesPage(Browser browser) {
    super(browser);
  }

  public static String address(String slug, long consultationId) {
    return "/c/" + slug + "/consultations/" + consultationId + "/minutes";
  }

  public static MinutesPage open(Browser browser, String slug, long consultationId) {
    browser.visit(address(slug, consultationId));
    return new MinutesPage(browser);
  }

  public void write(String body) {
    type("minutes-form:body", body);
    press("minutes-form:save");
  }

  public boolean offersEditor() {
    browser.find(By.id("minutes-form:body"));
    return true;
  }

  public void circulate() {
    press("circulate-form:circulate");
  }

  public String status() {
    return text("minutes-status");
  }

  public String revision() {
    return text("minutes-revision");
  }

  public String body() {
    return text("minutes-body");
  }

  public void comment(String text, boolean askForChange) {
    type("comment-form:comment", text);
    if (askForChange) {
      browser.find(By.id("comment-form:change-requested")).click();
    }
    press("comment-form:add-comment");
  }

  public String comments() {
    return text("comments");
  }

  /** Waits until the approve button is there: the person has read this revision. */
  public void read() {
    browser.find(By.id("approve-form:approve"));
  }

  public void approve() {
    press("approve-form:approve");
  }

  public boolean offersApproval() {
    return shows("approve-form:approve");
  }

  public String approvalOf(String municipalityCode) {
    return text("approval-" + municipalityCode);
  }

  public void publish() {
    press("publish-form:publish");
  }
}
