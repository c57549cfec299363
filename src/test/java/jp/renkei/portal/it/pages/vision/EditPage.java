package jp.renkei.portal.it.pages.vision;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/vision/edit.xhtml}: the draft's outline, targets, initiatives with costs, KPIs. */
public final class EditPage extends Page {

  public EditPage(Browser browser) {
    super(browser);
  }

  /** The editor of a version ({@code /c/…/vision/versions/7}), on an initiative if given. */
  public static EditPage open(Browser browser, String versionPath, Integer initiative) {
    browser.visit(versionPath + "/edit" + (initiative == null ? "" : "?initiative=" + initiative));
    return new EditPage(browser);
  }

  public void saveFutureImage(String text) {
    type("outline-form:future", text);
    press("outline-form:save-outline");
  }

  public void addTarget(String year, String population, String ageingRate) {
    type("target-form:year", year);
    type("target-form:population", population);
    type("target-form:ageing", ageingRate);
    press("target-form:add-target");
  }

  public boolean hasTarget(int year) {
    return shows("target-" + year);
  }

  /** Fills the initiative form; {@link #saveInitiative} saves it. */
  public EditPage initiative(String title, String content, String... municipalityCodes) {
    type("initiative-form:title", title);
    type("initiative-form:content", content);
    type("initiative-form:schedule", "令和9年度から毎年度");
    type("initiative-form:clause", "各連携協約 第3条 ア(a)");
    for (String code : municipalityCodes) {
      tick("initiative-form:municipalities", code);
    }
    return this;
  }

  public EditPage content(String text) {
    type("initiative-form:content", text);
    return this;
  }

  public EditPage cost(int fiscalYear, String amount) {
    type("initiative-form:cost-" + fiscalYear, amount);
    return this;
  }

  public void saveInitiative() {
    press("initiative-form:save-initiative");
  }

  public boolean hasInitiative(int number) {
    return shows("initiative-" + number);
  }

  /** Adds a KPI: field, name, unit, baseline (value, year), target (value, year), reporter. */
  public void addKpi(
      String field,
      String name,
      String unit,
      String baseline,
      String baselineYear,
      String target,
      String targetYear,
      String responsible,
      String... measures) {
    select("kpi-form:field", field);
    type("kpi-form:name", name);
    type("kpi-form:unit", unit);
    type("kpi-form:baseline", baseline);
    type("kpi-form:baseline-year", baselineYear);
    type("kpi-form:target", target);
    type("kpi-form:target-year", targetYear);
    select("kpi-form:responsible", responsible);
    for (String initiative : measures) {
      tick("kpi-form:measures", initiative);
    }
    press("kpi-form:add-kpi");
  }

  public String kpis() {
    return text("kpis");
  }

  public boolean saysNotEditable() {
    return browser.isPresent(By.id("not-editable"));
  }
}
