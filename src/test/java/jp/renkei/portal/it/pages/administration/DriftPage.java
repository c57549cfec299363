package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/administration/drift.xhtml}: where the portal and Keycloak's groups disagree. */
public final class DriftPage extends Page {

  public DriftPage(Browser browser) {
    super(browser);
  }

  public static DriftPage open(Browser browser) {
    browser.visit("/admin/drift");
    return new DriftPage(browser);
  }

  public String missingGroups() {
    return text("missing-groups");
  }

  public void repair() {
    press("repair-form:repair");
  }

  public boolean inAgreement() {
    return browser.find(By.id("no-drift")).isDisplayed();
  }

  public boolean saysKeycloakIsUnavailable() {
    return shows("keycloak-unavailable");
  }
}
