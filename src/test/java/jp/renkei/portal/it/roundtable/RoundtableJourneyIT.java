package jp.renkei.portal.it.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.roundtable.MeetingPage;
import jp.renkei.portal.it.pages.roundtable.RegistryPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
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
}
