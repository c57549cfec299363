package jp.renkei.portal.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.support.Axe;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.platform.tenancy.CirclePage;
import jp.renkei.portal.platform.tenancy.CirclePages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of the portal checked with axe-core for WCAG 2.1 A and AA, as the people who use it
 * see it: every page of a circle registered in {@code CirclePages} (as the central city's office,
 * which may open all of them) and the portal's own pages, in Japanese and in English, on a desktop
 * and on a phone. A violation fails the build, with the rule, its impact and the elements.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

  /** Demo objects the central city may open, for pages with an {@code {id}}. */
  private static final Map<String, Long> SAMPLES =
      Map.of(
          "agreements/", 1L,
          "consultations/", 1L,
          "roundtable/meetings/", 1L,
          "vision/versions/", 2L,
          "vision/rounds/", 2L);

  private static final List<String> PORTAL_PAGES =
      List.of("/", "/search?q=" + "%E5%8D%94%E7%B4%84", "/inbox", "/inbox/preferences", "/me");

  private final TestStack stack;
  private final List<Browser> browsers = new ArrayList<>();
  private Browser desktop;
  private Browser phone;

  AccessibilityIT(TestStack stack) {
    this.stack = stack;
  }

  @BeforeAll
  void signIn() {
    desktop = signedIn(Browser.open(stack, 1280, 900));
    phone = signedIn(Browser.open(stack, 390, 844));
  }

  private Browser signedIn(Browser browser) {
    browsers.add(browser);
    browser.visit("/c/aomori/");
    new Header(browser).signIn("aomori-mayor");
    return browser;
  }

  @AfterAll
  void close() {
    browsers.forEach(Browser::close);
  }

  @TestFactory
  Stream<DynamicTest> everyPageInBothLanguagesOnDesktopAndPhone() {
    List<String> paths = new ArrayList<>(PORTAL_PAGES);
    for (CirclePage page : new CirclePages().all()) {
      if (page.viewId().endsWith(".xhtml") || page.viewId().contains(".xhtml?")) {
        paths.add("/c/aomori/" + withSample(page.path()));
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String language : List.of("ja", "en")) {
      for (String path : paths) {
        tests.add(dynamicTest(language + " desktop " + path, () -> check(desktop, language, path)));
        tests.add(
            dynamicTest(
                language + " phone " + path,
                () -> {
                  check(phone, language, path);
                  assertThePhoneShowsItAll(phone, language, path);
                }));
      }
    }
    return tests.stream();
  }

  private static String withSample(String path) {
    if (!path.contains("{id}")) {
      return path;
    }
    return SAMPLES.entrySet().stream()
        .filter(s -> path.startsWith(s.getKey()))
        .findFirst()
        .map(s -> path.replace("{id}", Long.toString(s.getValue())))
        .orElseThrow(() -> new AssertionError("no sample object for " + path));
  }

  /**
   * On a phone the page scrolls only down: a wide table scrolls sideways inside its own region, and
   * nothing else — a long option, a hidden label — makes the whole page wider than the screen. No
   * table hides a column there: a consultation's state, an agreement's status were lost that way.
   */
  private static void assertThePhoneShowsItAll(Browser browser, String language, String path) {
    Object widths =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var h = document.documentElement; return [h.scrollWidth, h.clientWidth];");
    List<?> w = (List<?>) widths;
    long page = ((Number) w.get(0)).longValue();
    long screen = ((Number) w.get(1)).longValue();
    assertTrue(screen <= 390, "laid out as a phone, not " + screen + " px wide");
    assertTrue(
        page <= screen,
        path + " (" + language + ") is " + page + " px wide on a " + screen + " px screen");
    Object hidden =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return [...document.querySelectorAll('table td, table tbody th')]"
                    + ".filter(c => getComputedStyle(c).display === 'none'"
                    + " && c.textContent.trim() !== '')"
                    + ".map(c => c.closest('table').id + ': ' + c.textContent.trim().slice(0, 40));");
    assertEquals(
        List.of(), hidden, path + " (" + language + ") hides what its tables say on a phone");
  }

  private void check(Browser browser, String language, String path) {
    browser.visit(
        "/lang?to=" + language + "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    assertTrue(browser.isPresent(By.id("main")), path + " rendered no page");
    String violations = Axe.violations(browser.driver());
    assertTrue(violations.isEmpty(), path + " (" + language + "):\n" + violations);
  }
}
