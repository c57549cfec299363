package jp.renkei.portal.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.notice.NoticesPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Search as each kind of person: everybody finds what is published; a draft is found by those its
 * page is shown to and by nobody else — no hit, no count, no snippet; bad input is searched as text
 * or refused politely; municipalities are found by name, reading or code.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

  /** In 陸奥湾's published agreement (demo data). */
  private static final String PUBLISHED_WORD = "陸奥湾沿岸";

  /** In the purpose of the draft agreement of 青森 with 平内町 (demo data), nowhere else. */
  private static final String DRAFT_WORDS = "うみ・まち・ひと";

  private final TestStack stack;
  private final PortalHttp anonymous;

  SearchIT(TestStack stack) {
    this.stack = stack;
    this.anonymous = PortalHttp.anonymous(stack);
  }

  @BeforeAll
  void theIndexIsBuilt() throws InterruptedException {
    long until = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < until) {
      if (Rendered.json(anonymous.get("/api/v1/search?q=" + encode(PUBLISHED_WORD)), 200)
          .contains("\"total\":1")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The search index was not built within 90 s");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String searchPage(PortalHttp who, String words) {
    return Rendered.page(who.get("/search?q=" + encode(words)), "search-title");
  }

  @Test
  void everybodyFindsWhatIsPublishedWithTheMatchMarked() {
    String page = searchPage(anonymous, PUBLISHED_WORD);
    assertTrue(page.contains("/c/mutsuwan/agreements/"), page);
    assertTrue(page.contains("<mark>"), "the match is marked");
    assertTrue(page.contains("検索結果 1件</h2>"), "an exact count says how many: " + page);
    assertTrue(page.contains("連携協約（1件）"), "and how many of each kind");
    String api =
        Rendered.json(anonymous.get("/api/v1/search?q=" + encode("協約") + "&circle=mutsuwan"), 200);
    assertTrue(api.contains("\"kind\":\"AGREEMENT\""), api);
    assertTrue(api.contains("\"totalAtLeast\":false"), "a total under the cap is exact: " + api);
  }

  @Test
  void aDraftIsFoundByThoseItsPageIsShownToOnly() {
    for (String reader :
        List.of("aomori-mayor", "hiranai-staff", "hiranai-council", "aomori-pref")) {
      String page = searchPage(Callers.as(stack, reader), DRAFT_WORDS);
      assertTrue(page.contains("id=\"hits\""), reader + " finds the draft:\n" + page);
      assertTrue(page.contains("/c/aomori/agreements/"), reader);
    }
    for (String outsider :
        List.of("nagano-mayor", "imabetsu-staff", "roundtable-aomori", "nagano-pref", "resident")) {
      assertNothingFound(searchPage(Callers.as(stack, outsider), DRAFT_WORDS), outsider);
    }
    assertNothingFound(searchPage(anonymous, DRAFT_WORDS), "anonymous");
    String api =
        Rendered.json(
            Callers.as(stack, "aomori-mayor").get("/api/v1/search?q=" + encode(DRAFT_WORDS)), 200);
    assertTrue(
        api.contains("\"total\":0"), "the API shows only what is public, whoever asks: " + api);
  }

  private static void assertNothingFound(String page, String who) {
    assertTrue(page.contains("id=\"no-results\""), who + ":\n" + page);
    assertFalse(page.contains("search-kinds"), who + " sees a count by kind");
    assertFalse(page.contains("<mark>"), who + " sees a snippet");
    assertFalse(page.contains("/c/aomori/agreements/"), who + " sees a link to the draft");
  }

  @Test
  void badInputIsSearchedAsTextOrCutNeverAFailure() {
    assertTrue(searchPage(anonymous, "x".repeat(10_000)).contains("search-cut"));
    for (String odd : List.of("\" * ? ~ : ( ) AND OR NOT \\", "協約 OR", "\u0001\u0002")) {
      searchPage(anonymous, odd);
    }
    for (String raw : List.of("%FF%FE", "%01%02", "", "%20")) {
      HttpResponse<String> response = anonymous.get("/search?q=" + raw);
      assertEquals(200, response.statusCode(), raw);
      assertFalse(response.body().contains("Exception"), raw);
    }
    String past =
        Rendered.page(anonymous.get("/search?q=" + encode("協約") + "&page=9999"), "search-title");
    assertTrue(past.contains("no-results"), past);
    assertEquals(
        200,
        anonymous.get("/search?q=a&kind=NOPE&year=abc&circle=nowhere&sort=x&page=-3").statusCode());
  }

  @Test
  void markupInAPublishedDocumentComesBackAsTextInTheHitAndItsSnippet() throws Exception {
    String word = "検索注入確認";
    String markup = "<script>alert('" + word + "')</script><img src=x onerror=alert(2)>";
    try (Browser office = Browser.open(stack)) {
      office.visit("/c/aomori/");
      new Header(office).signIn("aomori-mayor");
      NoticesPage notices = NoticesPage.open(office, "aomori");
      notices.write(word + markup, word + "のお知らせ。" + markup, null, null);
      assertTrue(notices.list().contains(word), notices.messages());
    }
    long until = System.nanoTime() + 30_000_000_000L;
    while (!Rendered.json(anonymous.get("/api/v1/search?q=" + encode(word)), 200)
        .contains("\"total\":1")) {
      assertTrue(System.nanoTime() < until, "the notice was not found within 30 s");
      Thread.sleep(200);
    }

    String page = searchPage(anonymous, word);
    assertTrue(page.contains("id=\"hits\""), page);
    assertTrue(page.contains("<mark>"), "the snippet, with the match marked, is shown: " + page);
    assertTrue(page.contains("&lt;script&gt;"), "the markup is shown as text: " + page);
    assertFalse(page.contains("<script>alert"), "no script element: " + page);
    assertFalse(page.contains("<img src=x"), "no image element: " + page);
  }

  @Test
  void aMunicipalityIsFoundByNameReadingOrCodeWithItsCircles() {
    for (String typed : List.of("平内", "ひらない", "ﾋﾗﾅｲ", "023035", "Hiranai")) {
      String page = Rendered.page(anonymous.get("/?q=" + encode(typed)), "lookup-result");
      assertTrue(page.contains("平内町"), typed + ":\n" + page);
      assertTrue(page.contains("/c/aomori/") && page.contains("/c/mutsuwan/"), typed);
    }
    String many = Rendered.page(anonymous.get("/?q=" + encode("小")), "lookup-result");
    assertTrue(many.contains("lookup-candidates"), "小布施町 and 小川村: an ambiguous name lists both");
    String api = Rendered.json(anonymous.get("/api/v1/municipalities?q=" + encode("ひらない")), 200);
    assertTrue(api.contains("\"code\":\"023035\"") && api.contains("mutsuwan"), api);
    String bad = Rendered.page(anonymous.get("/?q=12345"), "lookup-error");
    assertTrue(bad.contains("lookup-error"), bad);
  }

  @Test
  void draftsOpenForCommentAndTheFeedsAreListedAndDiscoverable() {
    Rendered.page(anonymous.get("/open-for-comment"), "open-title");
    HttpResponse<String> feed = anonymous.get("/feeds/open-for-comment.atom");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().startsWith("<?xml"), feed.body());
    HttpResponse<String> notices = anonymous.get("/feeds/notices.atom");
    assertEquals(200, notices.statusCode());
    assertTrue(notices.body().contains("陸奥湾"), "every circle's notices");
    String home = Rendered.page(anonymous.get("/c/mutsuwan/"), "circle-name");
    assertTrue(home.contains("application/atom+xml"), "feeds are discoverable");
    assertTrue(
        home.contains("/c/mutsuwan/agreements") && home.contains("/c/mutsuwan/notices.atom"), home);
  }

  /**
   * A search engine is told of every public page and of nothing else: the published agreement is in
   * its circle's sitemap, the draft is in no sitemap — whoever asks — and neither are members'
   * pages; every address is the portal's own.
   */
  @Test
  void searchEnginesAreToldOfThePublicPagesOnly() {
    HttpResponse<String> robots = anonymous.get("/robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().startsWith("User-agent: *\n"), robots.body());
    assertTrue(robots.body().contains("Disallow: /search\n"), "the uncached search is not crawled");
    assertTrue(
        robots.body().contains("Sitemap: " + stack.portalUrl() + "/sitemap.xml\n"), robots.body());

    String index = sitemap(anonymous, "/sitemap.xml");
    assertTrue(index.contains("<sitemapindex"), index);
    for (String listed : List.of("portal", "c/aomori", "c/mutsuwan", "c/nagano")) {
      assertTrue(index.contains(loc("/sitemaps/" + listed + ".xml")), listed + ":\n" + index);
    }
    assertTrue(sitemap(anonymous, "/sitemaps/portal.xml").contains(loc("/open-for-comment")));

    String published = agreementPath(searchPage(anonymous, PUBLISHED_WORD), "mutsuwan");
    String mutsuwan = sitemap(anonymous, "/sitemaps/c/mutsuwan.xml");
    assertTrue(
        mutsuwan.contains(loc(published) + "<lastmod>"), published + " with its day:\n" + mutsuwan);
    assertTrue(mutsuwan.contains(loc("/c/mutsuwan/notices")), mutsuwan);
    assertFalse(mutsuwan.contains("/c/aomori/"), "another circle's pages:\n" + mutsuwan);

    // The pages of 青森's documents a member opens and a visitor does not (drafts): none listed.
    PortalHttp mayor = Callers.as(stack, "aomori-mayor");
    List<String> drafts = new java.util.ArrayList<>();
    for (String kind : List.of("/c/aomori/agreements/", "/c/aomori/vision/versions/")) {
      for (int id = 1; id <= 8; id++) {
        if (anonymous.get(kind + id).statusCode() == 404
            && mayor.get(kind + id).statusCode() == 200) {
          drafts.add(kind + id);
        }
      }
    }
    assertFalse(drafts.isEmpty(), "the demo data has a draft only members read");
    for (PortalHttp who : List.of(anonymous, mayor)) {
      String aomori = sitemap(who, "/sitemaps/c/aomori.xml");
      assertTrue(aomori.contains(loc("/c/aomori/agreements")), aomori);
      for (String draft : drafts) {
        assertFalse(aomori.contains(loc(draft)), who.username() + " is told of " + draft);
      }
      assertFalse(aomori.contains("/c/aomori/people"), "a members' page:\n" + aomori);
      assertFalse(aomori.contains("/c/aomori/calendar"), "a members' page:\n" + aomori);
      assertFalse(aomori.contains("#"), "a place on a page is not a page:\n" + aomori);
    }
    // Whatever is listed, a visitor can open.
    for (String listed : List.of(sitemap(anonymous, "/sitemaps/c/aomori.xml"), mutsuwan)) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("<loc>" + stack.portalUrl() + "([^<]+)</loc>")
              .matcher(listed);
      while (m.find()) {
        String path = m.group(1).replace("&amp;", "&");
        assertEquals(200, anonymous.get(path).statusCode(), path);
      }
    }
    assertEquals(404, anonymous.get("/sitemaps/c/no-such-circle.xml").statusCode());
    assertEquals(404, anonymous.get("/sitemaps/c/../aomori.xml").statusCode());
  }

  private String loc(String path) {
    return "<loc>" + stack.portalUrl() + path + "</loc>";
  }

  private static String sitemap(PortalHttp who, String path) {
    HttpResponse<String> response = who.get(path);
    assertEquals(200, response.statusCode(), path);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"),
        path);
    assertEquals(
        "public, max-age=3600", response.headers().firstValue("Cache-Control").orElse(""), path);
    assertTrue(response.body().startsWith("<?xml"), response.body());
    return response.body();
  }

  /** The address of the circle's agreement a search page links to. */
  private static String agreementPath(String page, String circle) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("/c/" + circle + "/agreements/[0-9]+").matcher(page);
    assertTrue(m.find(), page);
    return m.group();
  }

  @Test
  void aResidentOnAPhoneFindsTheirTownByNameAndReachesAPublishedAgreement() {
    try (Browser phone = Browser.open(stack, 390, 844)) {
      phone.visit("/");
      phone.type(By.id("lookup-code"), "ひらない");
      phone.submit(By.id("lookup-submit"));
      phone.find(By.id("lookup-result"));
      phone.find(By.cssSelector("#lookup-result a[href$='/c/mutsuwan/']")).click();
      phone.find(By.id("public-links"));
      phone.find(By.cssSelector("#public-links a[href$='/c/mutsuwan/agreements']")).click();
      phone.find(By.cssSelector("a[href*='/c/mutsuwan/agreements/']")).click();
      assertTrue(phone.currentUrl().contains("/c/mutsuwan/agreements/"), phone.currentUrl());
      assertTrue(phone.pageText().contains("陸奥湾沿岸"), phone.pageText());
    }
  }

  /**
   * A change row numbered before another but committed after the indexer read the other is still
   * applied: the indexer no longer reads only "after the highest number it has". Two transactions
   * on the portal's database do what two requests can do at the deadline.
   */
  @Test
  void aChangeCommittedAfterALaterNumberedOneIsStillFound() throws Exception {
    String slow = "latecommitword" + letters(System.nanoTime());
    String quick = "quickcommitword" + letters(System.nanoTime());
    try (Connection first = TestStack.database();
        Connection second = TestStack.database()) {
      long[][] notices = twoPublishedNotices(second);
      first.setAutoCommit(false);
      retitle(first, notices[0], slow);
      retitle(second, notices[1], quick);
      long until = System.nanoTime() + 30_000_000_000L;
      while (!found(quick)) {
        assertTrue(System.nanoTime() < until, "the later number is applied within 30 s");
        Thread.sleep(300);
      }
      assertFalse(found(slow), "not committed yet");

      first.commit();

      until = System.nanoTime() + 30_000_000_000L;
      while (!found(slow)) {
        assertTrue(
            System.nanoTime() < until,
            "the earlier number, committed late, is applied within 30 s as well");
        Thread.sleep(300);
      }
    } finally {
      try (Connection db = TestStack.database()) {
        for (long[] notice : twoPublishedNotices(db)) {
          retitle(db, notice, "");
        }
      }
    }
  }

  /**
   * Two published notices, {id, circle id} each (the database's clock may run nine hours behind
   * Japan's, never ahead).
   */
  private static long[][] twoPublishedNotices(Connection db) throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement(
                "SELECT id, circle_id FROM notice WHERE withdrawn_at IS NULL"
                    + " AND published_at < LOCALTIMESTAMP ORDER BY id LIMIT 2");
        ResultSet rows = query.executeQuery()) {
      long[][] notices = new long[2][];
      for (int i = 0; i < 2; i++) {
        assertTrue(rows.next(), "the demo data has two published notices");
        notices[i] = new long[] {rows.getLong(1), rows.getLong(2)};
      }
      return notices;
    }
  }

  /**
   * What the portal does when a notice changes — the change and its change row, in one transaction:
   * the title gets {@code word}, or loses what a test added with an empty one.
   */
  private static void retitle(Connection db, long[] notice, String word) throws SQLException {
    try (PreparedStatement change =
            db.prepareStatement(
                "INSERT INTO search_change (seq, source, record_id, circle_id, changed_at)"
                    + " VALUES (nextval('search_change_seq'), 'notice', ?, ?, LOCALTIMESTAMP)");
        PreparedStatement title =
            db.prepareStatement(
                "UPDATE notice SET title_ja = CASE WHEN ? = '' THEN split_part(title_ja, ' #', 1)"
                    + " ELSE title_ja || ' #' || ? END WHERE id = ?")) {
      change.setLong(1, notice[0]);
      change.setLong(2, notice[1]);
      change.executeUpdate();
      title.setString(1, word);
      title.setString(2, word);
      title.setLong(3, notice[0]);
      title.executeUpdate();
    }
  }

  private boolean found(String word) {
    return !Rendered.json(anonymous.get("/api/v1/search?q=" + encode(word)), 200)
        .contains("\"total\":0");
  }

  /** A number as lower-case letters: one token for the analyser, unlike digits after letters. */
  private static String letters(long n) {
    StringBuilder b = new StringBuilder();
    for (long v = n; v > 0; v /= 26) {
      b.append((char) ('a' + v % 26));
    }
    return b.toString();
  }
}
