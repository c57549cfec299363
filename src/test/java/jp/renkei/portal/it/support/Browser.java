package jp.renkei.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by chromedriver, with a fresh profile each time and the flags
 * that keep it from reaching for the outside world. Closing it quits the browser.
 */
public final class Browser implements AutoCloseable {

  // Selenium warns on every start that Debian's Chromium is newer than its CDP bindings; the tests
  // use WebDriver only, so that is noise. Held here so the setting is not garbage-collected.
  private static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private final WebDriver driver;
  private final String portalUrl;
  private final Path profile;
  private String lastDialog;

  private Browser(WebDriver driver, String portalUrl, Path profile) {
    this.driver = driver;
    this.portalUrl = portalUrl;
    this.profile = profile;
  }

  /** A desktop-sized browser. */
  public static Browser open(TestStack stack) {
    return open(stack, 1280, 900);
  }

  /** A browser of the given window size; 390×844 is a phone. */
  public static Browser open(TestStack stack, int width, int height) {
    try {
      Path profile = Files.createTempDirectory("renkei-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("renkei.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--lang=ja",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  Path.of(System.getProperty("renkei.chromedriver", "/usr/bin/chromedriver"))
                      .toFile())
              .usingAnyFreePort()
              .build();
      WebDriver driver = new ChromeDriver(service, options);
      // Chromium opens no window narrower than 500 px, whatever --window-size says: a "phone"
      // laid out 485 px wide. Resized once it is open, the page is laid out at the width asked for.
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, stack.portalUrl(), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void visit(String path) {
    driver.get(portalUrl + path);
  }

  public WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * The visible text of an element, read again when the page was still being swapped as it was
   * found: Chromium then answers with a stale element or "node does not belong to the document".
   */
  public String textOf(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d -> {
              try {
                return d.findElement(by).isDisplayed() ? d.findElement(by).getText() : null;
              } catch (org.openqa.selenium.NoSuchElementException absent) {
                return null;
              } catch (org.openqa.selenium.WebDriverException swapped) {
                if (isGone(swapped)) {
                  return null;
                }
                throw swapped;
              }
            });
  }

  /**
   * Clicks something that loads a new page and waits until the old page is gone, so that the next
   * look-up cannot find an element of the page before the click.
   */
  public void submit(By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    find(by).click();
    // A step that cannot be undone asks first; a person who pressed it means it.
    answerDialog(true);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(page));
  }

  /**
   * Presses a button that asks before it acts and answers "cancel": returns what it asked, null
   * when it asked nothing. The page stays.
   */
  public String pressDeclining(By by) {
    find(by).click();
    return answerDialog(false);
  }

  /** The question of the last dialog a press answered, or null. */
  public String lastDialog() {
    return lastDialog;
  }

  private String answerDialog(boolean accept) {
    try {
      org.openqa.selenium.Alert dialog = driver.switchTo().alert();
      lastDialog = dialog.getText();
      if (accept) {
        dialog.accept();
      } else {
        dialog.dismiss();
      }
      return lastDialog;
    } catch (org.openqa.selenium.NoAlertPresentException none) {
      return null;
    }
  }

  /**
   * True once the element's document is gone. Chromium says so either as a stale element or, when
   * asked in the middle of the swap, as "node does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return isGone(e);
    }
  }

  private static boolean isGone(org.openqa.selenium.WebDriverException e) {
    return e instanceof org.openqa.selenium.StaleElementReferenceException
        || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
  }

  /** Empties an input and types the text, as a person would. */
  public void type(By by, String text) {
    WebElement input = find(by);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Sets an input's value as the browser submits it ({@code 2026-12-01}, {@code 14:00}): typing
   * into date and time inputs depends on the browser's locale.
   */
  public void setValue(String id, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
  }

  /** Waits until the element shows the text (the page may still be the one before a click). */
  public void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * True when a canvas the selector finds was drawn by Chart.js (portal.js), not merely present.
   */
  public boolean drewChart(String canvasSelector) {
    Object drawn =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                    + ".some(c => window.Chart !== undefined && window.Chart.getChart(c) !== undefined)",
                canvasSelector);
    return Boolean.TRUE.equals(drawn);
  }

  public boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void waitForUrlContaining(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(fragment));
  }

  public WebDriver driver() {
    return driver;
  }

  public String portalUrl() {
    return portalUrl;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temp folder left behind is harmless.
    }
  }
}
