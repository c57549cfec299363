package jp.renkei.portal.it.pages;

import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page object shares: the browser it drives, the page's messages and the header. A page
 * object says what a person does on one page of {@code webapp/} and what they read there; the
 * locators live here and in its subclasses, never in the tests.
 */
public abstract class Page {

  protected final Browser browser;

  protected Page(Browser browser) {
    this.browser = browser;
  }

  /** The messages after a step; when there are none, fails with what the page says instead. */
  public String messages() {
    try {
      return browser.textOf(By.id("messages"));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no messages on " + browser.currentUrl() + ":\n" + browser.pageText(), e);
    }
  }

  public Header header() {
    return new Header(browser);
  }

  /** The address the browser shows, from {@code /c/…} on, without the query. */
  public String path() {
    String url = browser.currentUrl();
    int start = url.indexOf("/", url.indexOf("//") + 2);
    String path = url.substring(start);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** The number at the end of the address ({@code …/agreements/12/edit} → 12 for "agreements"). */
  public long idAfter(String segment) {
    String url = browser.currentUrl();
    String tail = url.substring(url.indexOf("/" + segment + "/") + segment.length() + 2);
    return Long.parseLong(tail.replaceAll("[^0-9].*$", ""));
  }

  protected String text(String id) {
    return browser.textOf(By.id(id));
  }

  protected boolean shows(String id) {
    return browser.isPresent(By.id(id));
  }

  protected void type(String id, String value) {
    browser.type(By.id(id), value);
  }

  protected void press(String id) {
    browser.submit(By.id(id));
  }

  protected void select(String id, String value) {
    new Select(browser.find(By.id(id))).selectByValue(value);
  }

  protected void selectText(String id, String visibleText) {
    new Select(browser.find(By.id(id))).selectByVisibleText(visibleText);
  }

  /** Ticks the checkbox of a group ({@code name}) with this value, once. */
  protected void tick(String name, String value) {
    WebElement box =
        browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!box.isSelected()) {
      box.click();
    }
  }
}
