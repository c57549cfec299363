package jp.renkei.portal.it.pages.inbox;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code /inbox/preferences}: how the person gets mail of each kind. */
public class PreferencesPage extends Page {

  public PreferencesPage(Browser browser) {
    super(browser);
    browser.find(By.id("preferences-form"));
  }

  public static PreferencesPage open(Browser browser) {
    browser.visit("/inbox/preferences");
    return new PreferencesPage(browser);
  }

  /** Chooses a frequency (IMMEDIATE, DAILY, WEEKLY, OFF) for a category (ACTION, INFORMATION). */
  public PreferencesPage choose(String category, String frequency) {
    browser
        .find(
            By.cssSelector("input[name$='frequency-" + category + "'][value='" + frequency + "']"))
        .click();
    return this;
  }

  public boolean chosen(String category, String frequency) {
    return browser
        .find(
            By.cssSelector("input[name$='frequency-" + category + "'][value='" + frequency + "']"))
        .isSelected();
  }

  public void save() {
    press("preferences-form:save");
  }
}
