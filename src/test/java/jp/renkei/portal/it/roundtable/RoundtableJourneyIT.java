package jp.renkei.portal.it.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.PortalPages;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
    String registry = publicVisitor.get("/c/aomori/roundtable").body();
    assertTrue(registry.contains("大学・研究機関"), "the public reads the registry");
    assertFalse(registry.contains("旧委員 太郎"), "former members are not listed to the public");

    try (Browser office = Browser.open(stack)) {
      office.visit("/c/aomori/");
      PortalPages.signIn(office, "aomori-mayor");
      office.visit("/c/aomori/roundtable");
      assertTrue(office.find(By.id("sector-WELFARE")).getText().contains("委員なし"));

      // A term that ends before it starts is refused, and nothing is registered.
      office.type(By.id("member-form:name"), "福祉 花子");
      office.type(By.id("member-form:affiliation"), "デモ社会福祉協議会");
      new Select(office.find(By.id("member-form:sector"))).selectByValue("WELFARE");
      office.setValue("member-form:term-start", TODAY.toString());
      office.setValue("member-form:term-end", TODAY.minusDays(1).toString());
      office.submit(By.id("member-form:add-member"));
      assertTrue(office.find(By.id("messages")).getText().contains("任期の終わりは始まりより後"));
      assertTrue(office.find(By.id("sector-WELFARE")).getText().contains("委員なし"));

      office.setValue("member-form:term-start", TODAY.toString());
      office.setValue("member-form:term-end", TODAY.plusYears(2).toString());
      office.submit(By.id("member-form:add-member"));
      assertTrue(office.find(By.id("messages")).getText().contains("委員を登録しました"));
      assertFalse(office.find(By.id("sector-WELFARE")).getText().contains("委員なし"));

      // A meeting held this morning: attendance and minutes, then publication.
      office.type(By.id("meeting-form:title"), "第2回 ビジョン懇談会（結合テスト）");
      office.setValue("meeting-form:date", TODAY.toString());
      office.setValue("meeting-form:time", "00:00");
      office.type(By.id("meeting-form:place"), "青森市役所");
      office.type(By.id("meeting-form:agenda"), "ビジョン改訂案の審議");
      office.submit(By.id("meeting-form:schedule"));
      assertTrue(office.find(By.id("messages")).getText().contains("会議を登録しました"));
      String meeting = office.currentUrl().substring(office.currentUrl().indexOf("/c/aomori/"));
      assertEquals(
          404, publicVisitor.get(meeting).statusCode(), "unpublished meetings are internal");
      assertEquals(
          200,
          Callers.as(stack, "roundtable-aomori").get(meeting).statusCode(),
          "a member in office");
      assertEquals(404, Callers.as(stack, "hiranai-staff").get(meeting).statusCode());

      office
          .driver()
          .findElements(By.cssSelector("input[name='attendance-form:present']"))
          .forEach(WebElement::click);
      office.submit(By.id("attendance-form:save-attendance"));
      assertTrue(office.find(By.id("attendance")).getText().contains("福祉 花子"));
      office.type(By.id("minutes-form:minutes"), "改訂案について<script>alert(1)</script>了承された。");
      office.submit(By.id("minutes-form:save-minutes"));
      assertTrue(
          office.find(By.id("meeting-minutes")).getText().contains("<script>alert(1)</script>"));
      office.submit(By.id("publish-form:publish"));
      assertTrue(office.find(By.id("messages")).getText().contains("議事録を公表しました"));
      assertFalse(office.isPresent(By.id("minutes-form:save-minutes")), "published minutes stay");

      String published = Rendered.page(publicVisitor.get(meeting), "meeting-title");
      assertTrue(published.contains("了承された"));
      assertFalse(published.contains("<script>alert"), "user text is escaped");
      assertFalse(published.contains("data-members-only"));
      assertTrue(publicVisitor.get("/c/aomori/notices").body().contains("ビジョン懇談会の議事録"));
    }
  }
}
