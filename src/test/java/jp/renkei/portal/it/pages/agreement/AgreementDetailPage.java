package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.pages.feedback.FeedbackSection;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/**
 * {@code webapp/agreement/detail.xhtml} with {@code agreement-actions.xhtml}: an agreement clause
 * by clause, its lifecycle record, the councils' comments, the residents' feedback and — for the
 * central city — every step of the lifecycle.
 */
public final class AgreementDetailPage extends Page {

  public AgreementDetailPage(Browser browser) {
    super(browser);
  }

  public static AgreementDetailPage open(Browser browser, String slug, long id) {
    browser.visit("/c/" + slug + "/agreements/" + id);
    return new AgreementDetailPage(browser);
  }

  public static AgreementDetailPage openVersion(Browser browser, String slug, long id, int v) {
    browser.visit("/c/" + slug + "/agreements/" + id + "?v=" + v);
    return new AgreementDetailPage(browser);
  }

  public String status() {
    return text("version-status");
  }

  public String versionNumber() {
    return text("version-number");
  }

  public String purpose() {
    return text("clause-purpose");
  }

  public String disputes() {
    return text("clause-disputes");
  }

  /** ④ as published: each initiative with its field's number and name, and the 役割分担. */
  public String initiatives() {
    return text("clause-initiatives");
  }

  private static final By FIRST_INITIATIVE_CONTENT =
      By.cssSelector(
          "#clause-initiatives table.initiatives tbody tr:first-child td:nth-of-type(2)");

  /** How wide the first initiative's 取組内容 is drawn, in CSS pixels. */
  public int firstInitiativeContentWidth() {
    return browser.find(FIRST_INITIATIVE_CONTENT).getRect().getWidth();
  }

  /** The column's name drawn above the first initiative's 取組内容 (CSS generated content). */
  public String firstInitiativeContentLabel() {
    return String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "return getComputedStyle(arguments[0], '::before').content",
                browser.find(FIRST_INITIATIVE_CONTENT)));
  }

  /** The record of the version: resolutions, 告示, filings and their acknowledgements. */
  public String record() {
    return text("record");
  }

  public String checklist() {
    return text("checklist");
  }

  public String lapseBanner() {
    return text("lapse-banner");
  }

  public AgreementEditPage edit() {
    press("edit-link");
    return new AgreementEditPage(browser);
  }

  public FeedbackSection feedback() {
    return new FeedbackSection(browser);
  }

  // --- The central city's lifecycle steps ------------------------------------------------

  public void notifyResidents(String opens, String closes) {
    browser.setValue("notify-form:opens", opens);
    browser.setValue("notify-form:closes", closes);
    press("notify-form:notify");
  }

  public void submitToCouncils() {
    press("submit-form:submit");
  }

  public void recordResolution(String municipality, String on, String number) {
    select("resolution-form:municipality", municipality);
    browser.setValue("resolution-form:resolved-on", on);
    type("resolution-form:resolution-number", number);
    press("resolution-form:record-resolution");
  }

  public void conclude(String on) {
    browser.find(By.id("conclude-form:conclude"));
    browser.setValue("conclude-form:concluded-on", on);
    press("conclude-form:conclude");
  }

  public void recordPromulgation(String municipality, String number, String on) {
    select("promulgation-form:promulgating-municipality", municipality);
    type("promulgation-form:notice-number", number);
    browser.setValue("promulgation-form:notified-on", on);
    press("promulgation-form:record-promulgation");
  }

  /** Records a filing named by its key: {@code 022012>GOVERNOR:02} (sender, then recipient). */
  public void recordFiling(String key, String on) {
    select("filing-form:recipient", key);
    browser.setValue("filing-form:filed-on", on);
    press("filing-form:record-filing");
  }

  public void startAmendment() {
    press("change-form:amend");
  }

  /** The party gives notice after its council resolved to. */
  public void notifyTermination(String by, String resolvedOn, String on) {
    select("termination-form:terminated-by", by);
    browser.setValue("termination-form:termination-resolved-on", resolvedOn);
    browser.setValue("termination-form:terminated-on", on);
    press("termination-form:terminate");
  }

  // --- Council review --------------------------------------------------------------------

  public void commentOnClause(String clause, String text) {
    select("comment-form:comment-clause", clause);
    type("comment-form:comment-body", text);
    press("comment-form:comment");
  }

  /** The councils' comments shown under one clause ({@code EXECUTION}…). */
  public String commentsUnder(String clause) {
    return text("council-on-" + clause);
  }

  public String clauseComments() {
    return text("clause-comments");
  }

  public void waitForClauseComment(String text) {
    browser.waitForText(By.id("clause-comments"), text);
  }
}
