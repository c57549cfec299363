package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code webapp/vision/kpis.xhtml}: the responsible municipality reports a KPI's actuals; the
 * central city sets deadlines, evaluates each KPI's year, records the roundtable's review and
 * publishes the year's evaluation.
 */
public final class KpisPage extends Page {

  public KpisPage(Browser browser) {
    super(browser);
  }

  public static KpisPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/vision/kpis");
    return new KpisPage(browser);
  }

  /** Reports the actual of the first KPI the caller reports, for a fiscal year if given. */
  public void report(String fiscalYear, String actual) {
    if (fiscalYear != null) {
      new Select(browser.find(By.cssSelector("form[id^='actual-'] select")))
          .selectByValue(fiscalYear);
    }
    browser.type(By.cssSelector("form[id^='actual-'] input[type=text]"), actual);
    browser.submit(By.cssSelector("form[id^='actual-'] input[type=submit]"));
  }

  /** The list of reports past their deadline; empty when none is flagged. */
  public String overdue() {
    return shows("overdue") ? text("overdue") : "";
  }

  /** The row of a KPI's fiscal year: actual, report state, evaluation. */
  public String row(String kpiName, int fiscalYear) {
    return browser.textOf(
        By.xpath(
            section(kpiName)
                + "//tr[starts-with(@id,'kpi-') and contains(@id,'-"
                + fiscalYear
                + "')]"));
  }

  /** The evaluation texts shown under a KPI, all years. */
  public String evaluations(String kpiName) {
    WebElement section = browser.find(By.xpath(section(kpiName)));
    return section.findElements(By.className("kpi-evaluation-text")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  /** The central city writes a KPI's evaluation of a fiscal year. */
  public void evaluate(
      String kpiName, String fiscalYear, String rating, String factors, String response) {
    String form = section(kpiName) + "//form[starts-with(@id,'evaluate-')]";
    new Select(browser.find(By.xpath(form + "//select[contains(@id,':year')]")))
        .selectByValue(fiscalYear);
    if (rating != null) {
      new Select(browser.find(By.xpath(form + "//select[contains(@id,':rating')]")))
          .selectByValue(rating);
    }
    browser.type(By.xpath(form + "//textarea[contains(@id,':factors')]"), factors);
    browser.type(By.xpath(form + "//textarea[contains(@id,':response')]"), response);
    browser.submit(By.xpath(form + "//input[contains(@id,':evaluate')]"));
  }

  /** The central city sets when a fiscal year's actuals are due. */
  public void setDeadline(String fiscalYear, String day) {
    select("deadline-form:year", fiscalYear);
    browser.setValue("deadline-form:day", day);
    press("deadline-form:set-deadline");
  }

  /** The option of the deadline form for a year, saying its deadline. */
  public String deadlineOption(String fiscalYear) {
    return browser.textOf(
        By.cssSelector("select[id='deadline-form:year'] option[value='" + fiscalYear + "']"));
  }

  /** The central city records the meeting that reviews a year's evaluation. */
  public void recordReview(String fiscalYear, String meetingTitle) {
    select("review-form:year", fiscalYear);
    selectText("review-form:meeting", meetingTitle);
    press("review-form:record-review");
  }

  /** Where a year's evaluation stands: published or not, reviewed by which meeting. */
  public String evaluationYear(int fiscalYear) {
    return text("evaluation-year-" + fiscalYear);
  }

  /** The central city publishes a year's evaluation (the button asks first). */
  public void publish(String fiscalYear) {
    select("publish-evaluation-form:year", fiscalYear);
    press("publish-evaluation-form:publish-evaluation");
  }

  private static String section(String kpiName) {
    return "//section[contains(@class,'kpi')][h2[contains(.,'" + kpiName + "')]]";
  }
}
