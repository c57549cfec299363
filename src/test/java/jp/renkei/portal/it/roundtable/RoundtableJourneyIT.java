package jp.renkei.portal.it.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import jp.renkei.portal.it.pages.PreparedPublication;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.roundtable.MeetingPage;
import jp.renkei.portal.it.pages.roundtable.RegistryPage;
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
 * The roundtable in Chromium as the central city's office: a member for a missing sector, a meeting
 * with attendance and minutes, publication — and what a roundtable member and the public see along
 * the way.
 */
@ExtendWith(StackExtension.class)
class RoundtableJourneyIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String PREPARED = "第3回 ビジョン懇談会（予約公表）";
  private static final String WITHDRAWN = "第4回 ビジョン懇談会（予約取消し）";

  private final TestStack stack;

  RoundtableJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void aMemberForAMissingSectorThenAMeetingWithPublishedMinutes() {
    PortalHttp publicVisitor = PortalHttp.anonymous(stack);
    String publicRegistry =
        Rendered.page(publicVisitor.get("/c/aomori/roundtable"), "coverage-heading");
    assertTrue(publicRegistry.contains("大学・研究機関"), "the public reads the registry");
    assertFalse(publicRegistry.contains("旧委員 太郎"), "former members are not listed to the public");

    try (Browser office = Browser.open(stack)) {
      CircleHomePage.open(office, "aomori").header().signIn("aomori-mayor");
      RegistryPage registry = RegistryPage.open(office, "aomori");
      assertTrue(registry.sector("WELFARE").contains("委員なし"));

      // A term that ends before it starts is refused, and nothing is registered.
      registry.addMember(
          "福祉 花子", "デモ社会福祉協議会", "WELFARE", TODAY.toString(), TODAY.minusDays(1).toString());
      assertTrue(registry.messages().contains("任期の終わりは始まりより後"));
      assertTrue(registry.sector("WELFARE").contains("委員なし"));

      registry.addMember(
          "福祉 花子", "デモ社会福祉協議会", "WELFARE", TODAY.toString(), TODAY.plusYears(2).toString());
      assertTrue(registry.messages().contains("委員を登録しました"));
      assertFalse(registry.sector("WELFARE").contains("委員なし"));

      // A meeting held this morning: attendance and minutes, then publication.
      registry.scheduleMeeting(
          "第2回 ビジョン懇談会（結合テスト）", TODAY.toString(), "00:00", "青森市役所", "ビジョン改訂案の審議");
      MeetingPage meetingPage = new MeetingPage(office);
      assertTrue(meetingPage.messages().contains("会議を登録しました"));
      String meeting = meetingPage.path();
      assertEquals(
          404, publicVisitor.get(meeting).statusCode(), "unpublished meetings are internal");
      assertEquals(
          200,
          Callers.as(stack, "roundtable-aomori").get(meeting).statusCode(),
          "a member in office");
      assertEquals(404, Callers.as(stack, "hiranai-staff").get(meeting).statusCode());

      meetingPage.everybodyAttended();
      assertTrue(meetingPage.attendance().contains("福祉 花子"));
      meetingPage.writeMinutes("改訂案について<script>alert(1)</script>了承された。");
      assertTrue(meetingPage.minutes().contains("<script>alert(1)</script>"));
      meetingPage.publish();
      assertTrue(meetingPage.messages().contains("議事録を公表しました"));
      assertFalse(meetingPage.offersMinutesEditor(), "published minutes stay");

      String published = Rendered.page(publicVisitor.get(meeting), "meeting-title");
      assertTrue(published.contains("了承された"));
      assertFalse(published.contains("<script>alert"), "user text is escaped");
      assertFalse(published.contains("data-members-only"));
      assertTrue(publicVisitor.get("/c/aomori/notices").body().contains("ビジョン懇談会の議事録"));
    }
  }

  /**
   * Issue 14, item 7: minutes prepared for tomorrow 9:00 are published then, as corrected in the
   * meantime, and not a second before — not the page, the registry, the notices or search; a
   * preparation withdrawn never publishes; a time in the past is refused and changes nothing.
   */
  @Test
  void minutesPreparedForTomorrowArePublishedAtTheirTimeAndNotBefore() throws InterruptedException {
    PortalHttp publicVisitor = PortalHttp.anonymous(stack);
    TestingHooks hooks = new TestingHooks(stack);
    String word = "予約公表確認用議題" + System.currentTimeMillis() % 10_000;
    try (Browser office = Browser.open(stack)) {
      CircleHomePage.open(office, "aomori").header().signIn("aomori-mayor");
      RegistryPage.open(office, "aomori")
          .scheduleMeeting(PREPARED, TODAY.toString(), "00:00", "青森市役所", "予約公表の確認");
      MeetingPage meetingPage = new MeetingPage(office);
      String meeting = meetingPage.path();
      meetingPage.writeMinutes(word + "について意見を交わした。");
      PreparedPublication later = new PreparedPublication(office);

      later.publishAt(TODAY.minusDays(1).toString(), "09:00");
      assertTrue(later.messages().contains("公表日時が過ぎています"), later.messages());
      assertFalse(later.isScheduled(), "a time in the past prepares nothing");

      later.publishAt(TODAY.plusDays(1).toString(), null);
      assertTrue(later.messages().contains("公表を予約しました"), later.messages());
      assertTrue(later.scheduledAt().contains("9:00"), later.scheduledAt());
      meetingPage.writeMinutes(word + "について意見を交わし、了承された。");
      assertTrue(meetingPage.messages().contains("議事録を保存しました"), meetingPage.messages());

      RegistryPage.open(office, "aomori")
          .scheduleMeeting(WITHDRAWN, TODAY.toString(), "00:00", "青森市役所", "取消しの確認");
      MeetingPage withdrawnPage = new MeetingPage(office);
      String withdrawn = withdrawnPage.path();
      withdrawnPage.writeMinutes("取り消される議事録。");
      later.publishAt(TODAY.plusDays(1).toString(), "09:00");
      later.withdraw();
      assertTrue(later.messages().contains("公表の予約を取り消しました"), later.messages());
      assertFalse(later.isScheduled());

      assertEquals(404, publicVisitor.get(meeting).statusCode(), "prepared, not published");
      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(8, 59));
      hooks.run("publication");
      assertEquals(404, publicVisitor.get(meeting).statusCode(), "not before its time");
      assertFalse(
          Rendered.page(publicVisitor.get("/c/aomori/roundtable"), "coverage-heading")
              .contains(PREPARED),
          "not in the public registry");
      assertFalse(notices(publicVisitor).contains(PREPARED));
      Thread.sleep(
          2_500); // the index catches up every two seconds: give it the chance to betray it
      assertFalse(searchFinds(publicVisitor, word), "not in search");

      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(9, 0, 30));
      hooks.run("publication");
      hooks.run("publication");
      String published = Rendered.page(publicVisitor.get(meeting), "meeting-title");
      assertTrue(published.contains("了承された"), "published as corrected before its time");
      String notices = notices(publicVisitor);
      assertEquals(
          1, notices.split(PREPARED, -1).length - 1, "one notice, however often the job runs");
      assertTrue(searchFinds(publicVisitor, word), "searchable within seconds of its time");
      assertEquals(404, publicVisitor.get(withdrawn).statusCode(), "a withdrawn one never");
    } finally {
      hooks.resetClock();
    }
  }

  private static String notices(PortalHttp visitor) {
    return Rendered.page(visitor.get("/c/aomori/notices"), "notice-list");
  }

  private static boolean searchFinds(PortalHttp visitor, String word) throws InterruptedException {
    String query = "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    long until = System.nanoTime() + 5_000_000_000L;
    do {
      if (!Rendered.json(visitor.get(query), 200).contains("\"total\":0")) {
        return true;
      }
      Thread.sleep(300);
    } while (System.nanoTime() < until);
    return false;
  }
}
