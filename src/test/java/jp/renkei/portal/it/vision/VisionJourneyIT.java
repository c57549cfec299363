package jp.renkei.portal.it.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.pages.PreparedPublication;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.feedback.FeedbackSection;
import jp.renkei.portal.it.pages.feedback.ModerationPage;
import jp.renkei.portal.it.pages.roundtable.MeetingPage;
import jp.renkei.portal.it.pages.roundtable.RegistryPage;
import jp.renkei.portal.it.pages.vision.ChangesPage;
import jp.renkei.portal.it.pages.vision.EditPage;
import jp.renkei.portal.it.pages.vision.KpisPage;
import jp.renkei.portal.it.pages.vision.RoundPage;
import jp.renkei.portal.it.pages.vision.RoundsPage;
import jp.renkei.portal.it.pages.vision.VersionPage;
import jp.renkei.portal.it.pages.vision.VersionsPage;
import jp.renkei.portal.it.pages.vision.VisionPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.Mailbox;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.it.support.TestingHooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 陸奥湾 circle's first vision, in Chromium as the central city (八戸市) and two partners' offices
 * (平内町, 野辺地町): drafted, deliberated by the roundtable, consulted partner by partner, redrafted,
 * signed off, put to the residents, adopted and published with its KPIs, whose actuals 平内町 then
 * reports. The scenes run in order on one vision.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisionJourneyIT {

  private static final String MUTSUWAN = "mutsuwan";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String HIRANAI = "023035";
  private static final String NOHEJI = "024015";
  private static final String MEETING = "陸奥湾ビジョン懇談会（結合テスト）";

  private final TestStack stack;
  private final PortalHttp publicVisitor;
  private final Mailbox mailbox;
  private final TestingHooks hooks;
  private Browser city;
  private Browser hiranai;
  private Browser noheji;
  private String first;
  private String second;
  private String hiranaiRound;
  private String nohejiRound;

  VisionJourneyIT(TestStack stack) {
    this.stack = stack;
    this.publicVisitor = PortalHttp.anonymous(stack);
    this.mailbox = new Mailbox(stack);
    this.hooks = new TestingHooks(stack);
  }

  @BeforeAll
  void signInTheOffices() {
    city = Browser.open(stack);
    hiranai = Browser.open(stack);
    noheji = Browser.open(stack);
    CircleHomePage.open(city, MUTSUWAN).header().signIn("hachinohe-staff");
    CircleHomePage.open(hiranai, MUTSUWAN).header().signIn("hiranai-kikaku");
    CircleHomePage.open(noheji, MUTSUWAN).header().signIn("noheji-staff");
  }

  @AfterAll
  void close() {
    city.close();
    hiranai.close();
    noheji.close();
  }

  @Test
  @Order(10)
  void theCentralCityStartsTheFirstDraftAfterABadPeriodIsRefused() {
    assertEquals(404, publicVisitor.get("/api/v1/circles/mutsuwan/vision").statusCode());
    assertEquals(404, publicVisitor.get("/api/v1/circles/mutsuwan/kpis").statusCode());
    assertEquals(404, publicVisitor.get("/api/v1/circles/mutsuwan/kpis.csv").statusCode());
    VersionsPage versions = VersionsPage.open(city, MUTSUWAN);

    versions.startFirstDraft("陸奥湾圏域ビジョン（結合テスト）", "2027", "2045");
    assertTrue(versions.messages().contains("10年以内"), versions.messages());
    versions.startFirstDraft("陸奥湾圏域ビジョン（結合テスト）", "2027", "2031");
    assertTrue(versions.messages().contains("ビジョン案を作成しました"));

    first = versions.openNewest().path();
    assertEquals(404, publicVisitor.get(first).statusCode(), "a draft is not public");
  }

  @Test
  @Order(20)
  void theDraftGetsItsFutureImageTargetsInitiativesAndAKpi() {
    EditPage editor = VersionPage.open(city, first).edit();
    editor.saveFutureImage("ホタテと港を軸に、人口減少の中でも交流を増やす。");
    assertTrue(editor.messages().contains("保存しました"));

    editor.addTarget("2031", "九万八千", "38.5");
    assertTrue(editor.messages().contains("人口は1以上の整数"), "a population in words");
    assertFalse(editor.hasTarget(2031), "nothing was saved");
    editor.addTarget("2031", "98,000", "38.5");
    assertTrue(editor.hasTarget(2031));

    editor
        .initiative("ホタテの販路拡大", "陸奥湾のホタテを共同で売り込む。", "022039", HIRANAI)
        .cost(2027, "5000")
        .saveInitiative();
    assertTrue(editor.hasInitiative(1));
    editor.initiative("野辺地駅の乗継ぎ改善", "鉄道とバスの乗継ぎを改善する。", NOHEJI).saveInitiative();
    assertTrue(editor.hasInitiative(2));

    editor.addKpi("ECONOMY", "ホタテの輸出額", "億円", "100", "2025", "130", "2031", HIRANAI);
    assertTrue(editor.kpis().contains("ホタテの輸出額"));
    // 第6(3)⑤: a KPI in each of the three fields, or the vision cannot be adopted.
    editor.addKpi("URBAN_FUNCTIONS", "救急搬送の平均所要時間", "分", "40", "2025", "36", "2031", "022039");
    editor.addKpi("LIVING_SERVICES", "野辺地駅の乗継ぎ待ち時間", "分", "25", "2025", "15", "2031", NOHEJI);
    assertTrue(editor.kpis().contains("野辺地駅の乗継ぎ待ち時間"));
  }

  @Test
  @Order(30)
  void theRoundtableMeetsThisMorningAndDeliberatesTheDraft() {
    RegistryPage.open(city, MUTSUWAN)
        .scheduleMeeting(MEETING, TODAY.toString(), "00:00", "八戸市庁", "ビジョン案の審議");
    new MeetingPage(city).writeMinutes("ビジョン案について審議し、了承された。");
    VersionPage draft = VersionPage.open(city, first);
    assertTrue(draft.gateDeliberated().contains("審議がまだ"));

    draft.deliberatedAt(MEETING);

    assertTrue(draft.gateDeliberated().contains("審議済み"));
  }

  @Test
  @Order(40)
  void eachPartnerGetsARoundOnTheSectionsThatConcernIt() {
    RoundsPage rounds = VersionPage.open(city, first).rounds();

    rounds.openRound(NOHEJI, TODAY.minusDays(1).toString());
    assertTrue(rounds.messages().contains("今日以降の日付"), "a deadline in the past");
    rounds.openRound(HIRANAI, TODAY.plusDays(14).toString());
    assertTrue(rounds.messages().contains("協議を始めました"), rounds.messages());
    rounds.openRound(NOHEJI, TODAY.plusDays(14).toString());

    assertEquals("意見待ち", rounds.cell("I-1", HIRANAI));
    assertEquals("—", rounds.cell("I-2", HIRANAI), "not 平内町's part");
    assertEquals("—", rounds.cell("I-1", NOHEJI));
    hiranaiRound = rounds.roundPath(HIRANAI);
    nohejiRound = rounds.roundPath(NOHEJI);
  }

  @Test
  @Order(50)
  void eachPartnerSeesItsOwnRoundOnly() {
    assertEquals(404, Callers.as(stack, "noheji-staff").get(hiranaiRound).statusCode());
    assertEquals(404, Callers.as(stack, "hiranai-kikaku").get(nohejiRound).statusCode());
    assertEquals(
        403,
        Callers.as(stack, "hiranai-staff").get(hiranaiRound).statusCode(),
        "平内町's staff outside this circle");
    assertEquals(404, publicVisitor.get(first).statusCode());
  }

  @Test
  @Order(60)
  void hiranaiCommentsOnItsInitiative() {
    RoundPage round = VersionPage.open(hiranai, first).myRound();
    assertEquals(hiranaiRound, round.path());
    assertFalse(round.hasSection("I-2"), "野辺地町's initiative is not in it");

    round.comment("I-1", "陸奥湾のホタテが平内町の特産であることを明記してほしい。");

    assertTrue(round.messages().contains("意見を送りました"));
  }

  @Test
  @Order(70)
  void theCentralCityAnswersAndAdoptionWaitsForTheSignOffs() {
    RoundPage round = RoundPage.open(city, hiranaiRound);
    String comment = round.firstCommentOn("I-1");

    round.answer(comment, "REFLECTED", "取組の内容に平内町の特産として明記します。");
    assertTrue(round.answerTo(comment).contains("反映する"));
    VersionPage draft = VersionPage.open(city, first);
    draft.adopt();

    // The rounds are open until their deadline: no reason can replace the partners' answer yet.
    assertTrue(draft.messages().contains("照会の期限がまだ来ていない"), draft.messages());
  }

  @Test
  @Order(80)
  void theRedraftTakesTheCommentInAndNewRoundsShowWhatChanged() {
    second = VersionPage.open(city, first).redraft().openNewest().path();
    EditPage.open(city, second, 1).content("陸奥湾のホタテ（平内町の特産）を共同で売り込む。").saveInitiative();
    assertTrue(ChangesPage.open(city, second).change("I-1").contains("平内町の特産"));

    RoundsPage rounds = RoundsPage.open(city, second);
    rounds.openRound(HIRANAI, TODAY.plusDays(14).toString());
    rounds.openRound(NOHEJI, TODAY.plusDays(14).toString());
    hiranaiRound = rounds.roundPath(HIRANAI);
    nohejiRound = rounds.roundPath(NOHEJI);

    RoundPage round = RoundPage.open(hiranai, hiranaiRound);
    assertTrue(round.insertedIn("I-1").contains("平内町の特産"));
    assertTrue(round.section("I-1").contains("取組の内容に平内町の特産として明記します"));
  }

  @Test
  @Order(85)
  void hiranaiIsAskedByMailAndRemindedBeforeTheDeadlineWhateverTheSchedulerDoes() {
    Mailbox.Mail opened = mailbox.await("hiranai-kikaku", "への意見照会");
    assertTrue(opened.text().contains(TODAY.plusDays(14).getDayOfMonth() + "日"), opened.text());
    hiranai.visit(opened.linkTo("/vision/rounds/"));
    new RoundPage(hiranai);
    try {
      hooks.moveClockTo(TODAY.plusDays(7), LocalTime.of(9, 0));
      hooks.run("reminders");
      hooks.run("reminders");
      Mailbox.Mail reminder = mailbox.await("hiranai-kikaku", "あと7日");
      assertTrue(reminder.linkTo("/vision/rounds/").contains("/c/mutsuwan/vision/rounds/"));
      mailbox.await("noheji-staff", "あと7日");
      Mailbox.settle();
      assertEquals(1, mailbox.find("hiranai-kikaku", "あと7日").size(), "each reminder once");
      hooks.moveClockTo(TODAY.plusDays(11), LocalTime.of(9, 0));
      hooks.run("reminders");
      mailbox.await("hiranai-kikaku", "あと3日");
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(90)
  void bothPartnersSignOff() {
    RoundPage.open(hiranai, hiranaiRound).signOff();
    assertTrue(new RoundPage(hiranai).messages().contains("了承しました"));
    RoundPage nohejiRoundPage = RoundPage.open(noheji, nohejiRound);

    nohejiRoundPage.signOff();

    assertTrue(nohejiRoundPage.state().contains("了承済み"));
    assertEquals(404, Callers.as(stack, "noheji-staff").get(hiranaiRound).statusCode());
  }

  @Test
  @Order(100)
  void aResidentWhoRegistersOnThePhoneCommentsOnTheDraft() {
    VersionPage draft = VersionPage.open(city, second);
    draft.openPublicComment(TODAY.plusDays(7).toString());
    assertTrue(draft.messages().contains("意見募集を始め"));
    assertEquals(200, publicVisitor.get(second).statusCode(), "a draft put to residents is public");

    try (Browser resident = Browser.open(stack, 390, 844)) {
      resident.visit(second);
      FeedbackSection feedback = new FeedbackSection(resident);
      feedback.signInToComment();
      new KeycloakLoginPage(resident)
          .register("resident-" + System.currentTimeMillis(), "住民", "花子", "resident-pass-1234");
      resident.waitForUrlContaining(second);
      feedback.comment("ホタテの販路拡大に期待します。");
      assertTrue(feedback.messages().contains("ご意見を受け付けました"), feedback.messages());
    }

    assertTrue(ModerationPage.of(city, second).items().contains("ホタテの販路拡大に期待します"));
  }

  @Test
  @Order(110)
  void theVisionIsAdoptedAndPublishedWithItsKpis() {
    VersionPage draft = VersionPage.open(city, second);
    assertTrue(draft.gateSignOffs().contains("すべての連携市町村が了承済み"));

    // Prepared for tomorrow 9:00 (issue 14, item 7): adopted and published then, not before.
    PreparedPublication later = new PreparedPublication(city);
    later.publishAt(TODAY.plusDays(1).toString(), null);
    assertTrue(later.messages().contains("公表を予約しました"), later.messages());
    assertTrue(later.scheduledAt().contains("9:00"), later.scheduledAt());
    try {
      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(8, 59));
      hooks.run("publication");
      Rendered.page(publicVisitor.get("/c/mutsuwan/vision"), "no-vision");
      Rendered.json(publicVisitor.get("/api/v1/circles/mutsuwan/vision"), 404);
      hooks.moveClockTo(TODAY.plusDays(1), LocalTime.of(9, 0, 30));
      hooks.run("publication");
      hooks.run("publication");
      // The notice is dated by the portal's clock, so it is read while the clock stands there.
      String notices = Rendered.page(publicVisitor.get("/c/mutsuwan/notices"), "notice-list");
      assertEquals(1, notices.split("」を策定しました", -1).length - 1, "one notice");
    } finally {
      hooks.resetClock();
    }
    assertTrue(VersionPage.open(city, second).status().contains("策定済み"));
    String vision = Rendered.page(publicVisitor.get("/c/mutsuwan/vision"), "vision-title");
    assertTrue(vision.contains("陸奥湾のホタテ（平内町の特産）"));
    assertTrue(vision.contains("ホタテの輸出額"));
    assertFalse(vision.contains("data-members-only"));
    String api = Rendered.json(publicVisitor.get("/api/v1/circles/mutsuwan/vision"), 200);
    assertTrue(api.contains("\"title\":\"陸奥湾圏域ビジョン（結合テスト）\""), api);
    assertTrue(api.contains("ホタテの輸出額"));
    assertTrue(EditPage.open(city, second, null).saysNotEditable(), "an adopted version stays");
  }

  @Test
  @Order(120)
  void hiranaiConfirmsItsCopyAndReportsTheKpisActual() {
    CircleHomePage home = CircleHomePage.open(hiranai, MUTSUWAN);
    home.confirmVisionCopy();
    assertTrue(home.messages().contains("受領を確認しました"));
    KpisPage kpis = KpisPage.open(hiranai, MUTSUWAN);

    kpis.report(null, "たくさん");
    assertTrue(kpis.messages().contains("数値で入力してください"));
    kpis.report("2025", "112.5");
    assertTrue(kpis.messages().contains("実績を登録しました"));

    VisionPage vision = VisionPage.open(city, MUTSUWAN);
    assertTrue(vision.drawsAChart(), "the chart is drawn");
    assertTrue(vision.kpiTable().contains("112.5"));
    assertTrue(publicVisitor.get("/api/v1/circles/mutsuwan/vision").body().contains("112.5"));
  }

  @Test
  @Order(130)
  void theKpisAreOpenDataAsJsonAndCsvWithTheFiguresOfThePage() {
    String json = Rendered.json(publicVisitor.get("/api/v1/circles/mutsuwan/kpis"), 200);
    assertTrue(json.contains("\"circle\":\"mutsuwan\""), json);
    assertTrue(json.contains("ホタテの輸出額"), json);
    assertTrue(json.contains("{\"fiscalYear\":2025,\"value\":112.50}"), json);
    assertFalse(
        json.contains("demo-aomori"), "another circle's KPIs are not this circle's: " + json);

    HttpResponse<String> tools = publicVisitor.get("/api/v1/circles/mutsuwan/kpis.csv");
    assertEquals(200, tools.statusCode());
    assertTrue(tools.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        tools.body().startsWith("kpi_key,field,field_name,name,unit,baseline,"),
        "no byte order mark for tools: " + tools.body());
    String row = tools.body().lines().filter(l -> l.contains("ホタテの輸出額")).findFirst().orElseThrow();
    assertTrue(row.contains(",023035,平内町,2025,112.5"), row);
    assertFalse(tools.body().contains("demo-aomori"), tools.body());

    HttpResponse<String> excel = publicVisitor.get("/api/v1/circles/mutsuwan/kpis.csv?bom=true");
    assertEquals(200, excel.statusCode());
    assertTrue(excel.body().startsWith("\uFEFFkpi_key,"), "a byte order mark for Excel");
    assertEquals(tools.body(), excel.body().substring(1), "the same figures");

    String page = Rendered.page(publicVisitor.get("/c/mutsuwan/vision"), "kpi-downloads");
    assertTrue(page.contains("/api/v1/circles/mutsuwan/kpis.csv?bom=true"), "the page offers it");
  }
}
