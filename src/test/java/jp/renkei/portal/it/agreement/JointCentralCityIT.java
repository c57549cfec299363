package jp.renkei.portal.it.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.renkei.portal.it.pages.PortalHomePage;
import jp.renkei.portal.it.pages.administration.CirclePage;
import jp.renkei.portal.it.pages.administration.DeclarationPage;
import jp.renkei.portal.it.pages.agreement.AgreementDetailPage;
import jp.renkei.portal.it.pages.agreement.AgreementEditPage;
import jp.renkei.portal.it.pages.agreement.AgreementListPage;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.inbox.InboxPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 要綱 第9 as two cities live it, on the demo circle 中海・宍道湖 (松江市 and 米子市 as one central city): the
 * administrator records ①–⑥ and is told which condition fails for which city; the declaration is
 * made by one city and is in force, and published, only once the other has signed it (連名); 安来市
 * concludes an agreement with EACH city — each run by that city's office — and is a partner only
 * once both are in force; each party files with the governor of its own prefecture.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointCentralCityIT {

  private static final String SLUG = "nakaumi";
  private static final String MATSUE = "322016";
  private static final String YONAGO = "312029";
  private static final String YASUGI = "322067";
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

  private final TestStack stack;
  private final PortalHttp visitor;
  private Browser matsue;
  private Browser yonago;

  JointCentralCityIT(TestStack stack) {
    this.stack = stack;
    this.visitor = PortalHttp.anonymous(stack);
  }

  @BeforeAll
  void signInBothCities() {
    matsue = Browser.open(stack);
    PortalHomePage.open(matsue).header().signIn("matsue-mayor");
    yonago = Browser.open(stack);
    PortalHomePage.open(yonago).header().signIn("yonago-mayor");
  }

  @AfterAll
  void close() {
    matsue.close();
    yonago.close();
  }

  @Test
  @Order(10)
  void eachFailingConditionOfSectionNineIsNamedForItsCityAndHoldsTheDeclarationBack() {
    try (Browser admin = Browser.open(stack)) {
      PortalHomePage.open(admin).header().signIn("admin");
      CirclePage circle = CirclePage.open(admin, SLUG);
      circle.recordJointEligibility(
          new String[] {"203,616", "1.041"}, new String[] {"147317", "0.98"}, "80", "理由（結合テスト）");
      circle = CirclePage.open(admin, SLUG);
      String failures = circle.eligibilityFailures();
      assertTrue(failures.contains("米子市の昼夜間人口比率が1以上ではありません"), failures);
      assertTrue(failures.contains("概ね1時間以内"), failures);
      assertFalse(failures.contains("松江市の昼夜間人口比率"), "松江市's ratio is 1 or more");

      DeclarationPage page = DeclarationPage.open(matsue, SLUG);
      assertTrue(page.eligibility().contains("米子市の昼夜間人口比率"), page.eligibility());
      page.fillItemsOneToFour("結合テスト");
      page.declare(TODAY, "安来市、境港市", "");
      assertTrue(page.messages().contains("要件"), "refused while ineligible: " + page.messages());
      String published =
          Rendered.page(visitor.get("/c/" + SLUG + "/declaration"), "no-declaration");
      assertTrue(published.contains("宣言"), "nothing was declared");

      circle = CirclePage.open(admin, SLUG);
      circle.recordJointEligibility(
          new String[] {"203616", "1.041"}, new String[] {"147317", "1.075"}, "35", "理由（結合テスト）");
      assertTrue(CirclePage.open(admin, SLUG).eligible(), "both cities meet ①–⑥");
    }
  }

  @Test
  @Order(20)
  void theDeclarationIsMadeInBothNamesAndPublishedOnTheSecondSignature() {
    DeclarationPage page = DeclarationPage.open(matsue, SLUG);
    page.fillItemsOneToFour("中海・宍道湖（結合テスト）");
    page.declare(TODAY, "安来市、境港市", "");
    assertTrue(page.messages().contains("連名で署名すると"), page.messages());

    page = DeclarationPage.open(matsue, SLUG);
    assertTrue(page.awaiting().contains("松江市が"), page.awaiting());
    assertFalse(page.offersCosigning(), "the city that declared does not sign a second time");
    String notYet = Rendered.page(visitor.get("/c/" + SLUG + "/declaration"), "no-declaration");
    assertFalse(notYet.contains("中海・宍道湖（結合テスト）"), "not in force before both signed");
    assertFalse(notYet.contains("id=\"awaiting\""), "the waiting one is the cities' business");

    DeclarationPage second = DeclarationPage.open(yonago, SLUG);
    assertTrue(second.offersCosigning());
    second.cosign(TODAY);
    assertTrue(second.messages().contains("連名で署名しました"), second.messages());

    String inForce = Rendered.page(visitor.get("/c/" + SLUG + "/declaration"), "jointly");
    assertTrue(inForce.contains("中海・宍道湖（結合テスト）1"), inForce);
    assertTrue(inForce.contains("松江市、米子市の連名"), inForce);
    String notices = Rendered.page(visitor.get("/c/" + SLUG + "/notices"), "notice-list");
    assertTrue(notices.contains("松江市、米子市の連携中枢都市宣言"), notices);
  }

  @Test
  @Order(25)
  void theDeclarationsCopiesGoToBothGovernorsAndTheMinisterAndAreRecordedByTheCities() {
    String register = Rendered.page(visitor.get("/c/" + SLUG + "/declaration"), "copy-register");
    for (String recipient : new String[] {"島根県知事", "鳥取県知事", "総務大臣"}) {
      assertTrue(register.contains(recipient + "：未送付"), recipient + " in: " + register);
    }
    assertFalse(register.contains("send-GOVERNOR-32"), "a visitor gets no form");

    DeclarationPage page = DeclarationPage.open(matsue, SLUG);
    page.recordCopy("GOVERNOR-32", TODAY);
    assertTrue(page.messages().contains("写しの送付を記録しました"), page.messages());
    String recorded = Rendered.page(visitor.get("/c/" + SLUG + "/declaration"), "copy-register");
    assertFalse(recorded.contains("島根県知事：未送付"), recorded);
    assertTrue(recorded.contains("鳥取県知事：未送付"), recorded);

    // The copies still to send wait in the cities' inboxes, nobody else's.
    List<String> matsueInbox = InboxPage.open(matsue).actions();
    assertTrue(
        matsueInbox.stream().anyMatch(a -> a.contains("宣言の写しの送付が記録されていません")),
        matsueInbox.toString());
    String partnersPage =
        Rendered.page(
            PortalHttp.signedIn(stack, "yasugi-staff").get("/c/" + SLUG + "/declaration"),
            "copy-register");
    assertFalse(partnersPage.contains("send-GOVERNOR-31"), "a partner records no city's copy");
    assertFalse(partnersPage.contains("cosign-form"), "nor signs the declaration");
    String otherCircle =
        Rendered.page(PortalHttp.signedIn(stack, "hachinohe-staff").get("/inbox"), "action-count");
    assertFalse(otherCircle.contains("中海"), "another circle's inbox mentions nothing of it");
    // Its own circle's copies may wait there too; none of them leads to this circle.
    assertFalse(otherCircle.contains("/c/" + SLUG + "/"), otherCircle);
    // 島根県's copy is recorded as sent: its observer is asked to acknowledge it; 鳥取県's is not
    // sent yet, so its observer has nothing of this circle to do.
    String shimane =
        Rendered.page(PortalHttp.signedIn(stack, "shimane-pref").get("/inbox"), "action-count");
    assertTrue(shimane.contains("連携中枢都市宣言の写しが知事あてに届いています"), shimane);
    assertTrue(shimane.contains("/c/" + SLUG + "/declaration"), shimane);
    String tottori =
        Rendered.page(PortalHttp.signedIn(stack, "tottori-pref").get("/inbox"), "action-count");
    // The header lists the circle as one 鳥取県 observes; the inbox below it has nothing of it.
    String tottoriInbox = tottori.substring(tottori.indexOf("id=\"main\""));
    assertTrue(tottoriInbox.contains("id=\"no-actions\""), tottoriInbox);
    assertFalse(tottoriInbox.contains("/c/" + SLUG + "/"), tottoriInbox);
  }

  @Test
  @Order(30)
  void eachCityStartsItsOwnAgreementsAndOnlyTheFirstTheOneOnTheirRoles() {
    String offeredToMatsue = AgreementListPage.open(matsue, SLUG).offered();
    assertTrue(offeredToMatsue.contains("松江市 と 米子市（連携中枢都市としての役割分担）"), offeredToMatsue);
    assertTrue(offeredToMatsue.contains("松江市 と 安来市"), offeredToMatsue);
    assertFalse(offeredToMatsue.contains("米子市 と 安来市"), "米子市's agreement is 米子市's to start");

    String offeredToYonago = AgreementListPage.open(yonago, SLUG).offered();
    assertTrue(offeredToYonago.contains("米子市 と 安来市"), offeredToYonago);
    assertFalse(offeredToYonago.contains("役割分担"), offeredToYonago);
  }

  @Test
  @Order(40)
  void yasugiIsAPartnerOnlyOnceItsAgreementsWithBothCitiesAreInForce() {
    long withMatsue = conclude(matsue, MATSUE + "-" + YASUGI, MATSUE, "松江市");
    CircleHomePage home = CircleHomePage.open(matsue, SLUG);
    assertTrue(home.neighboursInTalks().contains("安来市"), "one of two: " + home.neighboursInTalks());
    assertFalse(home.partners().contains("安来市"));

    AgreementDetailPage seenByYonago = AgreementDetailPage.open(yonago, SLUG, withMatsue);
    assertTrue(seenByYonago.status().contains("締結済み"), seenByYonago.status());
    assertFalse(
        yonago.isPresent(org.openqa.selenium.By.id("change-form:amend")),
        "松江市's agreement is run by 松江市's office");

    long withYonago = conclude(yonago, YONAGO + "-" + YASUGI, YONAGO, "米子市");
    home = CircleHomePage.open(yonago, SLUG);
    assertTrue(home.partners().contains("安来市"), "both in force: " + home.partners());
    assertFalse(home.neighboursInTalks().contains("安来市"));
    String list = AgreementListPage.open(yonago, SLUG).list();
    assertTrue(list.contains("松江市") && list.contains("米子市"), "each agreement names its city");

    // 米子市 (鳥取県) and 安来市 (島根県) each file with their own governor.
    AgreementDetailPage detail = AgreementDetailPage.open(yonago, SLUG, withYonago);
    detail.recordPromulgation(YONAGO, "米子市告示第1号", TODAY);
    detail.recordPromulgation(YASUGI, "安来市告示第1号", TODAY);
    detail.recordFiling(YONAGO + ">GOVERNOR:31", TODAY);
    detail.recordFiling(YASUGI + ">GOVERNOR:32", TODAY);
    detail.recordFiling(YONAGO + ">MINISTRY", TODAY);
    assertTrue(detail.status().contains("届出済み"), detail.status());
    String record = detail.record();
    assertTrue(record.contains("米子市 → 鳥取県知事") && record.contains("安来市 → 島根県知事"), record);
    assertEquals(200, visitor.get("/c/" + SLUG + "/agreements/" + withYonago).statusCode());
  }

  /** Takes one city's agreement with 安来市 from an empty draft to conclusion; returns its id. */
  private long conclude(Browser office, String pair, String central, String cityName) {
    AgreementEditPage editor = AgreementListPage.open(office, SLUG).startPair(pair);
    long id = editor.idAfter("agreements");
    editor
        .purpose(cityName + "と安来市の連携により圏域の発展を図る。")
        .basicPolicy("相互に役割を分担し連携する。")
        .execution("費用の分担は取組ごとに協議の上定める。")
        .consultation("市長は定期的に協議する。")
        .term("期間は定めない。甲又は乙は、議会の議決を経て通告することができ、通告の日から2年を経過した日に効力を失う。")
        .addCompleteInitiatives(0);
    editor.save();
    office.waitForUrlContaining("/c/" + SLUG + "/agreements/" + id);
    AgreementDetailPage detail = new AgreementDetailPage(office);
    assertFalse(detail.checklist().contains("未記載"), detail.checklist());
    detail.notifyResidents(TODAY, TODAY);
    assertTrue(detail.status().contains("意見募集中"), detail.status());
    detail.submitToCouncils();
    detail.recordResolution(central, TODAY, "議案第1号");
    detail.recordResolution(YASUGI, TODAY, "議案第2号");
    detail = AgreementDetailPage.open(office, SLUG, id);
    detail.conclude(TODAY);
    assertTrue(detail.status().contains("締結済み"), detail.status());
    return id;
  }
}
