package jp.renkei.portal.it.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.notice.NoticesPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.it.support.TestingHooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 7: the central city prepares a notice for tomorrow 9:00. Until then nobody else
 * finds it — not on the notices page, the feeds, the API or search, not even in a count — and the
 * office sees it as prepared and may withdraw it; at its time it appears everywhere. A withdrawn
 * one never does. A partner's office cannot write notices at all.
 */
@ExtendWith(StackExtension.class)
class NoticeSchedulingIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String PREPARED = "予約公開テスト道路工事のお知らせ";
  private static final String WITHDRAWN = "取消テスト臨時休館のお知らせ";

  private final TestStack stack;

  NoticeSchedulingIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aPreparedNoticeAppearsEverywhereAtItsTimeAndNotASecondBefore() throws InterruptedException {
    PortalHttp anonymous = PortalHttp.anonymous(stack);
    TestingHooks hooks = new TestingHooks(stack);
    try (Browser office = Browser.open(stack)) {
      office.visit("/c/aomori/");
      new Header(office).signIn("aomori-mayor");
      NoticesPage page = NoticesPage.open(office, "aomori");

      page.write(PREPARED, "国道280号の工事のため、通行止めになります。", TODAY.plusDays(1).toString(), "09:00");
      assertTrue(page.messages().contains("公開を予約しました"), page.messages());
      page.write(WITHDRAWN, "臨時休館します。", TODAY.plusDays(2).toString(), null);
      page = NoticesPage.open(office, "aomori");
      assertTrue(page.scheduled().contains(PREPARED) && page.scheduled().contains(WITHDRAWN));
      assertFalse(page.list().contains(PREPARED), "prepared, not published");
      page.withdraw(WITHDRAWN);
      assertTrue(page.messages().contains("取り消しました"), page.messages());

      String before = Rendered.page(anonymous.get("/c/aomori/notices"), "notice-list");
      assertFalse(before.contains(PREPARED), "not on the page before its time");
      assertHiddenEverywhere(anonymous, PREPARED);
      for (String other : new String[] {"hiranai-staff", "nagano-mayor"}) {
        String seen =
            Rendered.page(Callers.as(stack, other).get("/c/aomori/notices"), "notice-list");
        assertFalse(seen.contains(PREPARED), other + " sees a prepared notice");
      }

      // Shortly before its time (the checks below take some seconds of the portal's clock too).
      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(8, 58));
      hooks.run("publication");
      assertHiddenEverywhere(anonymous, PREPARED);

      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(9, 0, 30));
      assertTrue(
          Rendered.page(anonymous.get("/c/aomori/notices"), "notice-list").contains(PREPARED),
          "on the page at its time");
      assertTrue(feed(anonymous, "/c/aomori/notices.atom").contains(PREPARED));
      assertTrue(feed(anonymous, "/feeds/notices.atom").contains(PREPARED));
      assertTrue(
          Rendered.json(anonymous.get("/api/v1/circles/aomori/notices"), 200).contains(PREPARED));
      hooks.run("publication");
      assertTrue(searchFinds(anonymous, PREPARED), "searchable within seconds of its time");

      hooks.moveClockTo(TODAY.plusDays(3), LocalTime.NOON);
      hooks.run("publication");
      assertHiddenEverywhere(anonymous, WITHDRAWN);
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  void onlyTheCentralCityWritesNotices() {
    for (String other : new String[] {"hiranai-staff", "nagano-mayor", "resident"}) {
      String page = Rendered.page(Callers.as(stack, other).get("/c/aomori/notices"), "notice-list");
      assertFalse(page.contains("notice-form"), "no form for " + other);
    }
    String anonymousPage =
        Rendered.page(PortalHttp.anonymous(stack).get("/c/aomori/notices"), "notice-list");
    assertFalse(anonymousPage.contains("notice-form"));
  }

  private static void assertHiddenEverywhere(PortalHttp anonymous, String title)
      throws InterruptedException {
    assertFalse(Rendered.page(anonymous.get("/c/aomori/notices"), "notice-list").contains(title));
    assertFalse(feed(anonymous, "/c/aomori/notices.atom").contains(title));
    assertFalse(feed(anonymous, "/feeds/notices.atom").contains(title));
    assertFalse(
        Rendered.json(anonymous.get("/api/v1/circles/aomori/notices"), 200).contains(title));
    Thread.sleep(2_500); // the index catches up every two seconds: give it the chance to betray it
    assertFalse(searchFinds(anonymous, title), "not in search");
  }

  /** The feed's text, once it answered 200 with a feed (so that an error page proves nothing). */
  private static String feed(PortalHttp anonymous, String path) {
    var response = anonymous.get(path);
    assertEquals(200, response.statusCode(), path);
    assertTrue(response.body().contains("<feed"), path + " is not a feed");
    return response.body();
  }

  private static boolean searchFinds(PortalHttp anonymous, String title)
      throws InterruptedException {
    String query = "/api/v1/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    long until = System.nanoTime() + 5_000_000_000L;
    do {
      if (!Rendered.json(anonymous.get(query), 200).contains("\"total\":0")) {
        return true;
      }
      Thread.sleep(300);
    } while (System.nanoTime() < until);
    return false;
  }
}
