package jp.renkei.portal.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.agreement.AgreementDetailPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 要綱 第8, the prefecture's seat: 青森県's officer reads the circles with a member in 青森県 — the drafts
 * of agreements and of the vision included — and is offered nothing to change; 長野県's officer gets
 * nothing of them. (The denial harness tries every page as both.)
 */
@ExtendWith(StackExtension.class)
class PrefectureObserverIT {

  private final TestStack stack;

  PrefectureObserverIT(TestStack stack) {
    this.stack = stack;
  }

  private static final String AWAITS_RECEIPT = "届出が知事あてに届いています";

  private static long occurrences(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  /** 要綱 第7: 青森県 acknowledges, in the portal, the 届出 addressed to its governor. */
  @Test
  void thePrefectureAcknowledgesTheFilingsAddressedToItsGovernor() {
    try (Browser prefecture = Browser.open(stack);
        Browser mayor = Browser.open(stack)) {
      PortalHomePage.open(prefecture).header().signIn("aomori-pref");
      PortalHttp inbox = Callers.as(stack, "aomori-pref");
      long waiting = occurrences(Rendered.page(inbox.get("/inbox"), "actions"), AWAITS_RECEIPT);
      assertTrue(waiting >= 2, "青森 and 陸奥湾 filings wait in the inbox: " + waiting);

      AgreementDetailPage agreement = AgreementDetailPage.open(prefecture, "aomori", 2);
      String record = agreement.record();
      assertTrue(
          record.contains("青森市 → 青森県知事") && record.contains("今別町 → 青森県知事"),
          "both parties' own 届出: " + record);
      assertFalse(
          prefecture.isPresent(By.id("acknowledge-022012-MINISTRY:acknowledge")),
          "the Ministry's copy is not the prefecture's to acknowledge");
      prefecture.submit(By.id("acknowledge-023043-GOVERNOR-02:acknowledge"));
      assertTrue(agreement.messages().contains("届出の受理を記録しました"), agreement.messages());
      assertTrue(agreement.record().contains("受理）"), agreement.record());
      assertFalse(prefecture.isPresent(By.id("acknowledge-023043-GOVERNOR-02:acknowledge")));
      assertEquals(
          waiting,
          occurrences(Rendered.page(inbox.get("/inbox"), "actions"), AWAITS_RECEIPT),
          "青森市's own filing with the governor still waits");
      prefecture.submit(By.id("acknowledge-022012-GOVERNOR-02:acknowledge"));
      assertEquals(
          waiting - 1,
          occurrences(Rendered.page(inbox.get("/inbox"), "actions"), AWAITS_RECEIPT),
          "nothing of this agreement waits any more");

      PortalHomePage.open(mayor).header().signIn("aomori-mayor");
      AgreementDetailPage.open(mayor, "aomori", 2);
      assertTrue(mayor.pageText().contains("受理）"), "the city sees that it was received");
      // 平内町's first version: its filings wait for 青森県, which alone is offered the button.
      AgreementDetailPage city = AgreementDetailPage.openVersion(mayor, "aomori", 1, 1);
      assertTrue(city.record().contains("平内町 → 青森県知事"), city.record());
      assertFalse(
          mayor.isPresent(By.id("acknowledge-023035-GOVERNOR-02:acknowledge")),
          "the central city does not acknowledge filings");
      AgreementDetailPage.openVersion(prefecture, "aomori", 1, 1);
      assertTrue(prefecture.isPresent(By.id("acknowledge-023035-GOVERNOR-02:acknowledge")));
    }
  }

  /**
   * 要綱 第7(3): the adopted vision's copies — 青森市 sends its own, 平内町 its own, neither the other's —
   * and 青森県 acknowledges what reached its governor.
   */
  @Test
  void theVisionsCopiesAreSentOnByEachMunicipalityAndAcknowledgedByThePrefecture() {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
    String vision = "/c/aomori/vision/versions/1";
    try (Browser city = Browser.open(stack);
        Browser town = Browser.open(stack);
        Browser prefecture = Browser.open(stack)) {
      PortalHomePage.open(city).header().signIn("aomori-mayor");
      city.visit(vision);
      String register = city.textOf(By.id("copy-register"));
      assertTrue(register.contains("青森市 → 総務大臣") && register.contains("今別町 → 青森県知事"), register);
      assertFalse(city.isPresent(By.id("send-023035-GOVERNOR-02:record")), "平内町's to send");
      city.setValue("send-022012-GOVERNOR-02:sent-on", "2024-03-24");
      city.submit(By.id("send-022012-GOVERNOR-02:record"));
      assertTrue(city.textOf(By.id("messages")).contains("策定日から今日まで"), "before adoption");
      city.visit(vision);
      city.setValue("send-022012-GOVERNOR-02:sent-on", today);
      city.submit(By.id("send-022012-GOVERNOR-02:record"));
      assertTrue(city.textOf(By.id("register-022012-GOVERNOR-02")).contains("送付"));

      PortalHomePage.open(town).header().signIn("hiranai-staff");
      town.visit(vision);
      assertFalse(town.isPresent(By.id("send-022012-MINISTRY:record")), "the city's to send");
      town.setValue("send-023035-GOVERNOR-02:sent-on", today);
      town.submit(By.id("send-023035-GOVERNOR-02:record"));

      PortalHttp inbox = Callers.as(stack, "aomori-pref");
      assertTrue(Rendered.page(inbox.get("/inbox"), "actions").contains("圏域ビジョンの写しが届いています"));
      PortalHomePage.open(prefecture).header().signIn("aomori-pref");
      prefecture.visit(vision);
      assertFalse(prefecture.isPresent(By.id("send-022012-GOVERNOR-02:record")), "sends nothing");
      prefecture.submit(By.id("acknowledge-022012-GOVERNOR-02:acknowledge"));
      prefecture.submit(By.id("acknowledge-023035-GOVERNOR-02:acknowledge"));
      String acknowledged = prefecture.textOf(By.id("copy-register"));
      assertEquals(2, occurrences(acknowledged, "受理）"), acknowledged);
      assertFalse(
          Rendered.page(inbox.get("/inbox"), "actions").contains("圏域ビジョンの写しが届いています"),
          "nothing waits any more");
    }
  }

  @Test
  void thePrefectureReadsItsCirclesDraftsAndChangesNothing() {
    PortalHttp aomoriPref = Callers.as(stack, "aomori-pref");

    String home = Rendered.page(aomoriPref.get("/c/aomori/"), "member-notice");
    assertTrue(home.contains("都道府県の担当者として"), "the page says in which capacity");

    String list = Rendered.page(aomoriPref.get("/c/aomori/agreements"), "agreement-list");
    assertTrue(list.contains("/c/aomori/agreements/5"), "the draft with 外ヶ浜町 is listed");
    String draft = Rendered.page(aomoriPref.get("/c/aomori/agreements/5"), "clause-initiatives");
    assertTrue(draft.contains("外ヶ浜町"), "the draft is read");
    for (String form : new String[] {"edit-link", "notify-form", "comment-form", "start-form"}) {
      assertFalse(draft.contains("id=\"" + form + "\""), form + " offered to the prefecture");
    }

    String vision = Rendered.page(aomoriPref.get("/c/aomori/vision/versions/2"), "version-title");
    for (String form : new String[] {"edit-link", "adopt-form", "redraft-form", "rounds-link"}) {
      assertFalse(vision.contains("id=\"" + form + "\""), form + " offered to the prefecture");
    }
    Rendered.page(aomoriPref.get("/c/aomori/vision/versions"), "main");

    // 陸奥湾 has its members in 青森県 too; the mayors' own pages stay theirs.
    Rendered.page(aomoriPref.get("/c/mutsuwan/members"), "main");
    Rendered.error(aomoriPref.get("/c/aomori/consultations"), 403);
    Rendered.error(aomoriPref.get("/c/aomori/agreements/5/edit"), 403);
    Rendered.error(aomoriPref.get("/c/nagano/members"), 403);

    PortalHttp naganoPref = Callers.as(stack, "nagano-pref");
    Rendered.error(naganoPref.get("/c/aomori/consultations"), 403);
    String naganoInbox = Rendered.page(naganoPref.get("/inbox"), "actions-heading");
    assertFalse(naganoInbox.contains("青森"), "nothing of 青森 waits for 長野県");
    Rendered.page(naganoPref.get("/c/nagano/members"), "main");
    Rendered.error(naganoPref.get("/c/aomori/agreements/5"), 404);
    String aomoriAsNagano = Rendered.page(naganoPref.get("/c/aomori/agreements"), "agreement-list");
    assertFalse(aomoriAsNagano.contains("/c/aomori/agreements/5"), "another prefecture's draft");
    assertEquals(
        403, naganoPref.get("/c/aomori/vision/versions").statusCode(), "another prefecture");
  }
}
