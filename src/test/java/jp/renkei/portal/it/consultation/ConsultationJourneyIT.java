package jp.renkei.portal.it.consultation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.it.pages.ErrorPage;
import jp.renkei.portal.it.pages.PreparedPublication;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.consultation.CadencePage;
import jp.renkei.portal.it.pages.consultation.CalendarPage;
import jp.renkei.portal.it.pages.consultation.ConsultationDetailPage;
import jp.renkei.portal.it.pages.consultation.ConsultationListPage;
import jp.renkei.portal.it.pages.consultation.MinutesPage;
import jp.renkei.portal.it.pages.inbox.InboxPage;
import jp.renkei.portal.it.pages.inbox.PreferencesPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.Mailbox;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.it.support.TestingHooks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A regular consultation from the proposal to the published minutes, in Chromium as the central
 * city's office (青森市) and two partners' offices (平内町, 今別町): propose → answer → confirm → agenda and
 * materials → minutes → both approve → published → .ics and calendar subscription — with the bad
 * input of each step refused and nothing changed. The scenes run in order on one consultation.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationJourneyIT {

  private static final String AOMORI = "aomori";
  private static final String HIRANAI = "023035";
  private static final String AOMORI_CODE = "022012";
  private static final String IMABETSU = "023043";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String TITLE = "定期協議 <b>結合テスト</b>";

  private final TestStack stack;
  private final PortalHttp publicVisitor;
  private final Mailbox mailbox;
  private final TestingHooks hooks;
  private Browser aomori;
  private Browser hiranai;
  private Browser imabetsu;
  private long id;
  private List<String> slots;

  ConsultationJourneyIT(TestStack stack) {
    this.stack = stack;
    this.publicVisitor = PortalHttp.anonymous(stack);
    this.mailbox = new Mailbox(stack);
    this.hooks = new TestingHooks(stack);
  }

  @BeforeAll
  void signInTheThreeOffices() {
    aomori = Browser.open(stack);
    hiranai = Browser.open(stack);
    imabetsu = Browser.open(stack);
    CircleHomePage.open(aomori, AOMORI).header().signIn("aomori-mayor");
    CircleHomePage.open(hiranai, AOMORI).header().signIn("hiranai-staff");
    CircleHomePage.open(imabetsu, AOMORI).header().signIn("imabetsu-staff");
  }

  @AfterAll
  void close() {
    aomori.close();
    hiranai.close();
    imabetsu.close();
  }

  @Test
  @Order(10)
  void aProposalWithoutPartnersOrWithAPastSlotIsRefused() {
    ConsultationListPage list = ConsultationListPage.open(aomori, AOMORI);

    list.title(TITLE).slot(0, TODAY.minusDays(1).toString(), "14:00", "15:00", "青森市役所").propose();
    assertTrue(list.messages().contains("参加する連携市町村を1つ以上選んでください"), list.messages());
    list.invite(HIRANAI)
        .invite(IMABETSU)
        .slot(0, TODAY.minusDays(1).toString(), "14:00", "15:00", "青森市役所")
        .propose();

    assertTrue(list.messages().contains("過去の日時は候補にできません"), list.messages());
    assertFalse(list.pageText().contains("結合テスト</b>"), "nothing was proposed");
  }

  @Test
  @Order(20)
  void theCentralCityProposesTwoSlots() {
    ConsultationListPage list = new ConsultationListPage(aomori);

    list.invite(HIRANAI)
        .invite(IMABETSU)
        .slot(0, TODAY.plusDays(14).toString(), "14:00", "15:30", "青森市役所")
        .slot(1, TODAY.plusDays(15).toString(), "10:00", "11:00", "平内町役場")
        .propose();

    ConsultationDetailPage detail = new ConsultationDetailPage(aomori);
    assertTrue(detail.messages().contains("候補日時を連携市町村に送りました"), detail.messages());
    id = detail.idAfter("consultations");
    assertTrue(detail.title().contains("<b>結合テスト</b>"), "user text is shown as text");
    slots = detail.slotIds();
    assertEquals(2, slots.size());
  }

  @Test
  @Order(25)
  void theInvitedOfficesAreToldByMailAndTheirInboxLeadsToThePoll() {
    Mailbox.Mail poll = mailbox.await("hiranai-staff", "結合テスト");
    assertTrue(poll.subject().contains("候補日時への回答のお願い"), poll.subject());
    assertTrue(poll.text().contains("<b>結合テスト</b>"), "plain text keeps the title as typed");
    assertTrue(
        poll.header("List-Unsubscribe").startsWith("<http"), poll.header("List-Unsubscribe"));
    assertEquals("List-Unsubscribe=One-Click", poll.header("List-Unsubscribe-Post"));
    assertTrue(poll.header("Message-ID").contains("@"), "a stable Message-ID");
    mailbox.await("imabetsu-staff", "結合テスト");
    hiranai.visit(poll.linkTo("/c/aomori/consultations/" + id));
    assertTrue(new ConsultationDetailPage(hiranai).offersAnswer(), "the link leads to the poll");

    InboxPage inbox = InboxPage.open(hiranai);
    assertTrue(
        inbox.actions().stream().anyMatch(a -> a.contains("結合テスト") && a.contains("回答")),
        inbox.actions().toString());
    assertFalse(inbox.header().inboxCount().isBlank());
    inbox.openAction("結合テスト");
    assertEquals("/c/aomori/consultations/" + id, inbox.path());
    // The circle's members page lists what awaits the office in this circle, and only here.
    String members =
        Rendered.page(
            Callers.as(stack, "hiranai-staff").get("/c/aomori/members"), "circle-actions");
    assertTrue(members.contains("結合テスト"), "the poll is on 平内町's page of the 青森 circle");
    String elsewhere =
        Rendered.page(Callers.as(stack, "suzaka-staff").get("/c/nagano/members"), "circle-actions");
    assertFalse(elsewhere.contains("結合テスト"), "another circle's office sees nothing of it");
    Mailbox.settle();
    assertTrue(
        mailbox.find("aomori-mayor", "候補日時への回答").stream()
            .noneMatch(m -> m.subject().contains("結合テスト")),
        "nobody hears of their own step");
    assertTrue(
        mailbox.to("nagano-mayor").stream().noneMatch(m -> m.text().contains("結合テスト")),
        "another circle hears nothing");
  }

  @Test
  @Order(30)
  void nobodyAnsweredSoNothingCanBeConfirmed() {
    ConsultationDetailPage detail = new ConsultationDetailPage(aomori);

    detail.confirm(slots.get(0));

    assertTrue(detail.messages().contains("と回答していない日時は確定できません"), detail.messages());
    assertTrue(detail.status().contains("日程調整中"));
  }

  @Test
  @Order(40)
  void thePartnersAnswerAndNobodyElseSeesTheConsultation() {
    ConsultationDetailPage form = ConsultationDetailPage.open(hiranai, AOMORI, id);
    form.answer(null, Map.of(slots.get(1), "YES"), Map.of(slots.get(0), "午後なら出席可"));
    assertTrue(form.messages().contains("すべての候補日時に ○・△・× のいずれかを選んでください"), form.messages());
    assertFalse(
        ConsultationDetailPage.open(aomori, AOMORI, id).slotRow(slots.get(1)).contains("○ 可"),
        "a refused answer recorded nothing");

    form = ConsultationDetailPage.open(hiranai, AOMORI, id);
    form.answer(
        null, Map.of(slots.get(0), "MAYBE", slots.get(1), "YES"), Map.of(slots.get(0), "午後なら出席可"));
    assertTrue(new ConsultationDetailPage(hiranai).messages().contains("回答を登録しました"));
    assertEquals(
        Map.of(slots.get(0), "MAYBE", slots.get(1), "YES"),
        ConsultationDetailPage.open(hiranai, AOMORI, id).chosen(),
        "the form starts from the office's answers");
    ConsultationDetailPage.open(hiranai, AOMORI, id)
        .answer("副町長", Map.of(slots.get(0), "YES", slots.get(1), "NO"), Map.of());
    assertTrue(new ConsultationDetailPage(hiranai).messages().contains("回答を登録しました"));
    ConsultationDetailPage.open(imabetsu, AOMORI, id).answer(slots.get(0), slots.get(1));

    PortalHttp hiranaiStaff = Callers.as(stack, "hiranai-staff");
    assertEquals(
        404,
        hiranaiStaff.get("/c/aomori/consultations/2").statusCode(),
        "平内町 is not invited to the demo consultation of 蓬田村 and 外ヶ浜町");
    assertFalse(
        Rendered.page(hiranaiStaff.get("/c/aomori/consultations"), "consultation-list")
            .contains("蓬田村"));
    assertEquals(
        403, Callers.as(stack, "nagano-mayor").get("/c/aomori/consultations/" + id).statusCode());
  }

  @Test
  @Order(45)
  void onceEveryAnswerIsInTheCentralCityIsAskedToConfirm() {
    Mailbox.Mail answered = mailbox.await("aomori-mayor", "回答がそろいました");
    assertTrue(answered.subject().contains("結合テスト"), answered.subject());
    assertTrue(
        InboxPage.open(aomori).actions().stream()
            .anyMatch(a -> a.contains("結合テスト") && a.contains("確定")));
    assertTrue(
        InboxPage.open(hiranai).actions().stream()
            .noneMatch(a -> a.contains("結合テスト") && a.contains("候補日時")),
        "an answered poll leaves the inbox");
  }

  @Test
  @Order(47)
  void aTimeAddedLaterKeepsTheAnswersAndAsksTheOfficesAboutItOnly() {
    ConsultationDetailPage detail = ConsultationDetailPage.open(aomori, AOMORI, id);
    detail.addSlot(TODAY.plusDays(15).toString(), "10:00", "11:00", "青森市役所");
    assertTrue(detail.messages().contains("同じ開始日時の候補がすでにあります"), detail.messages());

    detail = ConsultationDetailPage.open(aomori, AOMORI, id);
    detail.addSlot(TODAY.plusDays(16).toString(), "15:00", "16:00", "青森市役所 第2会議室");
    assertTrue(detail.messages().contains("候補日時を追加しました"), detail.messages());
    assertEquals(3, detail.slotIds().size());
    String kept = detail.slotRow(slots.get(1));
    assertEquals(2, kept.split("○ 可", -1).length - 1, "both answers stand: " + kept);
    assertTrue(detail.status().contains("日程調整中"), "nothing was rescheduled");

    Mailbox.Mail added = mailbox.await("hiranai-staff", "候補日時が追加されました");
    assertTrue(added.text().contains("これまでの回答はそのまま"), added.text());
    assertTrue(
        InboxPage.open(hiranai).actions().stream()
            .anyMatch(a -> a.contains("結合テスト") && a.contains("候補日時")),
        "the new time waits for 平内町's answer");
  }

  @Test
  @Order(50)
  void theCentralCitySeesTheAnswersSideBySideAndConfirms() {
    ConsultationDetailPage detail = ConsultationDetailPage.open(aomori, AOMORI, id);
    String row = detail.slotRow(slots.get(1));
    assertEquals(2, row.split("○ 可", -1).length - 1, row);
    assertTrue(row.contains("○2 △0 ×0"), "the tally: " + row);
    String maybe = detail.slotRow(slots.get(0));
    assertTrue(maybe.contains("△ 調整すれば可") && maybe.contains("午後なら出席可"), maybe);
    assertTrue(maybe.contains("○1 △1 ×0"), maybe);
    assertTrue(detail.slotTable().contains("平内町（副町長）"), "the attendee's own column");
    assertTrue(row.contains("× 不可"), "the attendee's answer (the offices said ○): " + row);
    assertTrue(detail.isBest(slots.get(1)), "no × and the most ○");
    assertFalse(detail.isBest(slots.get(0)));
    String added =
        detail.slotIds().stream().filter(s -> !slots.contains(s)).findFirst().orElseThrow();
    assertFalse(detail.isBest(added), "the time nobody answered yet");
    assertTrue(detail.slotRow(slots.get(1)).contains("◎ 最有力"));
    assertEquals(slots.get(1), detail.slotOfferedForConfirmation(), "offered first");
    String question = detail.confirmDeclining(slots.get(1));
    assertTrue(question != null && question.contains("招待を送ります"), "asks first: " + question);
    assertTrue(
        ConsultationDetailPage.open(aomori, AOMORI, id).status().contains("日程調整中"),
        "declined: nothing happened");

    detail = ConsultationDetailPage.open(aomori, AOMORI, id);
    detail.confirm(slots.get(1));

    assertTrue(detail.status().contains("日程確定"));
    assertTrue(detail.confirmedSlot().contains("10:00～11:00"));
  }

  @Test
  @Order(55)
  void theConfirmationCarriesACalendarInvitationForEachOffice() {
    Mailbox.Mail confirmed = mailbox.await("hiranai-staff", "日時が確定しました");
    String ics = confirmed.calendar().orElseThrow(() -> new AssertionError("no invitation"));
    assertTrue(
        confirmed.contentTypeOf("text/calendar").contains("method=REQUEST"),
        confirmed.contentTypeOf("text/calendar"));
    assertTrue(ics.contains("METHOD:REQUEST"), ics);
    assertTrue(ics.contains("UID:consultation-" + id + "@renkei-portal"), ics);
    String start = TODAY.plusDays(15).toString().replace("-", "") + "T100000";
    assertTrue(ics.contains("DTSTART;TZID=Asia/Tokyo:" + start), ics);
    assertTrue(
        ics.replace("\r\n ", "").contains("mailto:hiranai-staff@demo.renkei.invalid"),
        "the office is the attendee");
    assertTrue(ics.contains("ORGANIZER"), ics);
  }

  @Test
  @Order(60)
  void thoseTakingPartDownloadItsCalendarEntryInJapanTime() {
    HttpResponse<String> ics =
        Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations/" + id + ".ics");

    assertEquals(200, ics.statusCode());
    assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    String start = TODAY.plusDays(15).toString().replace("-", "") + "T100000";
    assertTrue(ics.body().contains("DTSTART;TZID=Asia/Tokyo:" + start), ics.body());
    assertTrue(ics.body().contains("STATUS:CONFIRMED"), ics.body());
  }

  @Test
  @Order(70)
  void hiranaiProposesAnAgendaItemAndRefusedFilesLeaveNothing() throws IOException {
    ConsultationDetailPage detail = ConsultationDetailPage.open(hiranai, AOMORI, id);
    detail.proposeAgendaItem("広域観光の共同プロモーション");
    assertTrue(detail.agenda().contains("平内町提案"));
    Path dir = Files.createTempDirectory("renkei-upload-");
    Path exe = Files.write(dir.resolve("tool.exe"), "MZ".getBytes(StandardCharsets.US_ASCII));
    Path fake =
        Files.write(dir.resolve("fake.pdf"), "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 10];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 5);
    Path big = Files.write(dir.resolve("big.pdf"), tooLarge);

    detail.attach(exe.toString());
    assertTrue(detail.messages().contains("PDF・Word・Excel・PowerPoint・画像のファイル"), detail.messages());
    detail.attach(fake.toString());
    assertTrue(detail.messages().contains("中身が拡張子と一致しません"), detail.messages());
    detail.attach(big.toString());
    assertTrue(detail.messages().contains("ファイルが大きすぎます"), detail.messages());

    assertFalse(detail.hasMaterial(), "a refused file was kept");
  }

  @Test
  @Order(75)
  void theDayBeforeEachOfficeIsRemindedOnceWithTheAgendaInItsOwnLanguage() {
    String tomorrowJa = "明日は「" + TITLE + "」";
    String tomorrowEn = TITLE + "\" is tomorrow";
    CircleHomePage.open(imabetsu, AOMORI).header().switchLanguage();
    try {
      hooks.remindOn(TODAY.plusDays(14));

      Mailbox.Mail japanese = mailbox.await("hiranai-staff", tomorrowJa);
      assertTrue(japanese.text().contains("協議事項：\n・広域観光の共同プロモーション"), japanese.text());
      Mailbox.Mail english = mailbox.await("imabetsu-staff", tomorrowEn);
      String text = english.text().replace("\r\n", "\n");
      assertTrue(text.contains("Agenda:\n- 広域観光の共同プロモーション"), text);
      assertFalse(text.contains("・"), "an English mail bullets as English writes it");
      Mailbox.settle();
      assertEquals(1, mailbox.find("hiranai-staff", tomorrowJa).size(), "reminded once");
      assertEquals(1, mailbox.find("imabetsu-staff", tomorrowEn).size(), "reminded once");
      for (String notAnOffice : List.of("hiranai-council", "aomori-pref", "resident")) {
        assertTrue(
            mailbox.find(notAnOffice, tomorrowJa).isEmpty()
                && mailbox.find(notAnOffice, tomorrowEn).isEmpty(),
            notAnOffice + " is not a party's office and is not reminded");
      }
      // Other suites leave consultations of their own behind; none of this one reaches noheji.
      assertTrue(
          mailbox.find("noheji-staff", "").stream()
              .noneMatch(m -> m.subject().contains(TITLE) || m.text().contains("広域観光の共同プロモーション")),
          "another circle hears nothing");
    } finally {
      hooks.resetClock();
      CircleHomePage.open(imabetsu, AOMORI).header().switchLanguage();
    }
  }

  @Test
  @Order(80)
  void aFileBeyondTheTransportLimitGetsThePortalsOwnPage() throws IOException {
    Path huge = Files.createTempDirectory("renkei-upload-").resolve("huge.pdf");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write("%PDF-".getBytes(StandardCharsets.US_ASCII));
      byte[] megabyte = new byte[1024 * 1024];
      for (int i = 0; i < 34; i++) {
        out.write(megabyte);
      }
    }

    new ConsultationDetailPage(hiranai).attach(huge.toString());

    ErrorPage error = new ErrorPage(hiranai);
    assertEquals("413", error.status());
    assertTrue(error.explanation().contains("10MB"), error.explanation());
    assertFalse(
        ConsultationDetailPage.open(hiranai, AOMORI, id).hasMaterial(), "the huge file was kept");
  }

  @Test
  @Order(90)
  void aMaterialIsDownloadedByThePartiesOnly() throws IOException {
    Path pdf =
        Files.write(
            Files.createTempDirectory("renkei-upload-").resolve("観光資料.pdf"),
            "%PDF-1.4\n資料\n%%EOF".getBytes(StandardCharsets.UTF_8));
    ConsultationDetailPage detail = new ConsultationDetailPage(hiranai);

    detail.attach(pdf.toString());

    assertTrue(detail.messages().contains("資料を添付しました"), detail.messages());
    assertTrue(
        detail.materialLine().endsWith("観光資料.pdf (" + Files.size(pdf) + "バイト)"),
        "the size as a Japanese reader writes it: " + detail.materialLine());
    String path = detail.materialPath();
    HttpResponse<byte[]> download = Callers.as(stack, "imabetsu-staff").getBytes(path);
    assertEquals(200, download.statusCode());
    assertArrayEquals(Files.readAllBytes(pdf), download.body());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(403, Callers.as(stack, "hiranai-council").getBytes(path).statusCode());
    assertEquals(403, Callers.as(stack, "nagano-mayor").getBytes(path).statusCode());
    assertEquals(302, PortalHttp.anonymous(stack).getBytes(path).statusCode());
  }

  @Test
  @Order(100)
  void hiranaiAsksForAChangeToTheCirculatedMinutes() {
    assertEquals(
        404,
        publicVisitor.get(MinutesPage.address(AOMORI, id)).statusCode(),
        "no minutes are public yet");
    MinutesPage central = MinutesPage.open(aomori, AOMORI, id);
    central.write("1 広域観光について\n三市町で共同プロモーションを行う。");
    central.circulate();
    assertTrue(central.messages().contains("協議の日時を過ぎてから"), central.messages());
    assertFalse(central.status().contains("確認中"), "not circulated before the meeting");

    try {
      // The meeting (day 15, 10:00–11:00) has taken place.
      hooks.moveClockTo(TODAY.plusDays(15), LocalTime.of(11, 30));
      MinutesPage.open(aomori, AOMORI, id).circulate();
      // Mail leaves while it is that day: the portal's clock goes back to today afterwards.
      hooks.run("notifications");
    } finally {
      hooks.resetClock();
    }
    assertTrue(MinutesPage.open(aomori, AOMORI, id).status().contains("確認中"));

    MinutesPage partner = MinutesPage.open(hiranai, AOMORI, id);
    partner.comment("時期（令和9年3月まで）を明記してください。", true);
    assertTrue(partner.comments().contains("令和9年3月まで"));
    partner.approve();

    assertTrue(partner.messages().contains("未対応の修正依頼"), partner.messages());
    assertTrue(partner.approvalOf(HIRANAI).contains("未承認"));
  }

  @Test
  @Order(105)
  void imabetsuIsAskedByMailToApproveAndHiranaiWantsNewsAtOnce() {
    Mailbox.Mail review = mailbox.await("imabetsu-staff", "議事録の確認のお願い");
    assertTrue(review.subject().contains("結合テスト"), review.subject());
    InboxPage inbox = InboxPage.open(imabetsu);
    assertTrue(
        inbox.actions().stream().anyMatch(a -> a.contains("議事録") && a.contains("結合テスト")),
        inbox.actions().toString());

    PreferencesPage preferences = PreferencesPage.open(hiranai);
    assertTrue(
        preferences.chosen("INFORMATION", "DAILY"),
        "information comes in a daily digest by default");
    preferences.choose("INFORMATION", "IMMEDIATE").save();
    assertTrue(preferences.messages().contains("保存しました"), preferences.messages());
    assertTrue(PreferencesPage.open(hiranai).chosen("INFORMATION", "IMMEDIATE"));
  }

  @Test
  @Order(110)
  void aRevisionClearsTheApprovalsAndApprovingTheOldTextIsRefused() {
    MinutesPage imabetsuReads = MinutesPage.open(imabetsu, AOMORI, id);
    imabetsuReads.read();

    MinutesPage central = MinutesPage.open(aomori, AOMORI, id);
    central.write("1 広域観光について\n令和9年3月までに三市町で共同プロモーションを行う。");
    assertTrue(central.revision().contains("第2稿"));
    assertTrue(central.approvalOf(HIRANAI).contains("未承認"));
    imabetsuReads.approve();

    assertTrue(imabetsuReads.messages().contains("あなたが読んだ後に変更されました"), imabetsuReads.messages());
  }

  @Test
  @Order(115)
  void threeDaysOnThePartiesThatHaveNotApprovedAreRemindedOnce() {
    String waiting = "「" + TITLE + "」の議事録の承認をお待ちしています";
    MinutesPage central = MinutesPage.open(aomori, AOMORI, id);
    central.approve();
    assertTrue(central.approvalOf(AOMORI_CODE).contains("承認済"), central.approvalOf(AOMORI_CODE));
    try {
      // Circulated on the meeting's day 15 (order 100): three days on.
      hooks.remindOn(TODAY.plusDays(15 + 3));

      Mailbox.Mail hiranaiAsked = mailbox.await("hiranai-staff", waiting);
      assertTrue(hiranaiAsked.text().contains("/minutes"), hiranaiAsked.text());
      mailbox.await("imabetsu-staff", waiting);
      Mailbox.settle();
      assertEquals(1, mailbox.find("hiranai-staff", waiting).size(), "reminded once");
      assertEquals(1, mailbox.find("imabetsu-staff", waiting).size(), "reminded once");
      for (String notWaited : List.of("aomori-mayor", "hiranai-council", "noheji-staff")) {
        assertTrue(
            mailbox.find(notWaited, waiting).isEmpty(),
            notWaited + " has approved, is no party's office or is of another circle");
      }
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(120)
  void everybodyApprovesTheRevisionAndTheMinutesAreFinal() {
    assertTrue(MinutesPage.open(aomori, AOMORI, id).approvalOf(AOMORI_CODE).contains("承認済"));
    MinutesPage.open(hiranai, AOMORI, id).approve();
    MinutesPage centralEditor = MinutesPage.open(aomori, AOMORI, id);
    centralEditor.offersEditor();

    MinutesPage last = MinutesPage.open(imabetsu, AOMORI, id);
    last.approve();

    assertTrue(last.status().contains("確定"));
    assertFalse(last.offersApproval(), "approved twice");
    centralEditor.write("書き換え");
    assertTrue(centralEditor.messages().contains("ほかの人の操作で変わった"), centralEditor.messages());
    assertTrue(MinutesPage.open(aomori, AOMORI, id).body().contains("令和9年3月までに"));
  }

  @Test
  @Order(125)
  void finalMinutesReachHiranaiAtOnceAndTheCentralCityInTheMorningDigest() {
    Mailbox.Mail fin = mailbox.await("hiranai-staff", "議事録が確定しました");
    assertTrue(fin.subject().contains("結合テスト"), fin.subject());
    Mailbox.settle();
    assertTrue(
        mailbox.find("aomori-mayor", "議事録が確定しました").isEmpty(),
        "the central city reads information in its daily digest");
    assertTrue(
        mailbox.find("imabetsu-staff", "議事録が確定しました").isEmpty(),
        "imabetsu gave the last approval: nobody hears of their own step");

    try {
      // The scheduler may already have sent a digest while an earlier scene moved the clock on:
      // the one asked for here is the next.
      int before = mailbox.find("aomori-mayor", "本日のまとめ").size();
      // The notification is queued before 7:00, so that whichever runs the day's digest first —
      // this test or the scheduler, every minute — finds it: a digest day is done once run. So the
      // day is one no other scene of the suite moves the clock to (they visit the next morning at
      // nine, where the scheduler may send that day's digests before this test queues anything).
      LocalDate digestDay = TODAY.plusDays(2);
      hooks.moveClockTo(digestDay, LocalTime.of(6, 50));
      hooks.run("notifications");
      hooks.moveClockTo(digestDay, LocalTime.of(7, 30));
      hooks.run("digests");
      Mailbox.Mail digest = mailbox.awaitNext("aomori-mayor", "本日のまとめ", before);
      assertTrue(digest.text().contains("\n・"), "each item a bullet, as Japanese writes it");
      assertTrue(digest.text().contains("議事録が確定しました"), digest.text());
      assertTrue(digest.text().contains("結合テスト"), digest.text());
      hooks.run("digests");
      Mailbox.settle();
      assertEquals(before + 1, mailbox.find("aomori-mayor", "本日のまとめ").size(), "one digest a day");
    } finally {
      hooks.resetClock();
    }
  }

  @Test
  @Order(130)
  void publishedMinutesAreReadByThePublicWithTheirPdf() throws IOException {
    MinutesPage central = MinutesPage.open(aomori, AOMORI, id);
    String minutes = MinutesPage.address(AOMORI, id);
    // Prepared for next week first (issue 14, item 7): nobody else reads them until then.
    PreparedPublication later = new PreparedPublication(aomori);
    later.publishAt("", null);
    assertTrue(later.messages().contains("公表日を入力してください"), later.messages());
    later.publishAt(TODAY.plusDays(7).toString(), "10:30");
    assertTrue(later.messages().contains("公表を予約しました"), later.messages());
    assertTrue(later.scheduledAt().contains("10:30"), later.scheduledAt());
    assertEquals(404, publicVisitor.get(minutes).statusCode(), "prepared, not published");

    // The office changes its mind and publishes at once: the preparation is spent.
    central.publish();

    assertTrue(central.messages().contains("議事録を公表しました"));
    assertFalse(later.isOffered(), "published minutes are not prepared again");
    String page = Rendered.page(publicVisitor.get(minutes), "minutes-title");
    assertTrue(page.contains("令和9年3月までに三市町で共同プロモーション"));
    assertFalse(page.contains("時期（令和9年3月まで）を明記"), "comments stay internal");
    assertFalse(page.contains("data-members-only"));
    assertTrue(publicVisitor.get("/c/aomori/notices").body().contains("定期協議の議事録"));
    HttpResponse<byte[]> pdf = publicVisitor.getBytes(minutes + ".pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("令和9年3月までに三市町で共同プロモーションを行う。"), text);
      assertTrue(text.contains("定期協議 議事録"), text);
    }
  }

  @Test
  @Order(140)
  void aPrivateCalendarSubscriptionShowsOnlyTheOfficesConsultations() {
    CalendarPage calendar = CalendarPage.open(hiranai, AOMORI);
    String path = calendar.renew();

    HttpResponse<String> feed = publicVisitor.get(path);

    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), "a calendar, not an error page");
    assertTrue(feed.body().contains("consultation-" + id + "@renkei-portal"), feed.body());
    assertTrue(feed.body().contains("consultation-1@renkei-portal"), "平内町's demo consultation");
    assertFalse(feed.body().contains("consultation-2@"), "not invited to consultation 2");
    assertEquals(404, publicVisitor.get("/calendar/" + "x".repeat(43) + ".ics").statusCode());
    calendar.revoke();
    assertTrue(calendar.messages().contains("無効にしました"));
    assertEquals(404, publicVisitor.get(path).statusCode(), "a revoked address ends the feed");
  }

  @Test
  @Order(150)
  void anActionItemsOwnerIsRemindedBeforeItIsDueAndMarksItDone() {
    ConsultationDetailPage central = ConsultationDetailPage.open(aomori, AOMORI, id);
    central.addActionItem("バス利用者アンケートを実施する", IMABETSU, TODAY.plusDays(30).toString());
    assertTrue(central.messages().contains("申し合わせ事項を追加しました"));

    String nearing = "宿題事項「バス利用者アンケートを実施する」の期限";
    try {
      hooks.remindOn(TODAY.plusDays(30 - 3));
      mailbox.await("imabetsu-staff", nearing);
      Mailbox.settle();
      assertEquals(1, mailbox.find("imabetsu-staff", nearing).size(), "the owner, once");
      for (String notTheOwner : List.of("hiranai-staff", "hiranai-council", "noheji-staff")) {
        assertTrue(mailbox.find(notTheOwner, nearing).isEmpty(), notTheOwner + " owns nothing");
      }
    } finally {
      hooks.resetClock();
    }

    ConsultationDetailPage owner = ConsultationDetailPage.open(imabetsu, AOMORI, id);
    assertTrue(owner.actionItems().contains("バス利用者アンケート"));
    owner.markDone("バス利用者アンケート");
    try {
      // Done: the due day passes without a second reminder.
      hooks.remindOn(TODAY.plusDays(30));
      Mailbox.settle();
      assertEquals(1, mailbox.find("imabetsu-staff", nearing).size(), "nothing once it is done");
    } finally {
      hooks.resetClock();
    }

    String cadence = CadencePage.open(aomori, AOMORI).of(HIRANAI);
    assertTrue(cadence.contains("予定どおり"), cadence);
  }

  @Test
  @Order(160)
  void rescheduleAndCancelAreSeenByEverybodyInvitedWithTheReason() {
    ConsultationListPage.open(aomori, AOMORI)
        .title("臨時の協議")
        .invite(HIRANAI)
        .slot(0, TODAY.plusDays(20).toString(), "09:00", "10:00", "青森市役所")
        .propose();
    ConsultationDetailPage central = new ConsultationDetailPage(aomori);
    long extra = central.idAfter("consultations");

    central.rescheduleSlot(0, TODAY.plusDays(27).toString(), "13:00", "14:00", "平内町役場");
    central.reschedule(null);
    assertTrue(central.messages().contains("理由を入力してください"), central.messages());
    central.rescheduleSlot(0, TODAY.plusDays(27).toString(), "13:00", "14:00", "平内町役場");
    central.reschedule("市議会の日程と重なったため");
    assertTrue(central.messages().contains("日程を変更し"), central.messages());

    ConsultationDetailPage partner = ConsultationDetailPage.open(hiranai, AOMORI, extra);
    assertTrue(partner.changeBanner().contains("市議会の日程と重なったため"));
    assertEquals(1, partner.slotIds().size());
    assertTrue(partner.slotTable().contains("13:00～14:00"));

    partner.answer(partner.slotIds().get(0));
    ConsultationDetailPage.open(aomori, AOMORI, extra).confirm();
    String ics = "/c/aomori/consultations/" + extra + ".ics";
    String confirmed = Callers.as(stack, "hiranai-staff").get(ics).body();
    central.cancel("台風の接近のため");
    assertTrue(central.status().contains("中止"));

    partner = ConsultationDetailPage.open(hiranai, AOMORI, extra);
    assertTrue(partner.changeBanner().contains("台風の接近のため"));
    assertFalse(partner.offersAnswer());
    String cancelled = Callers.as(stack, "hiranai-staff").get(ics).body();
    assertTrue(cancelled.contains("STATUS:CANCELLED"), cancelled);
    assertTrue(sequenceOf(cancelled) > sequenceOf(confirmed), "calendars must take the update");
  }

  @Test
  @Order(165)
  void theCancellationTakesTheMeetingOutOfCalendars() {
    Mailbox.Mail cancelled = mailbox.await("hiranai-staff", "中止になりました");
    assertTrue(cancelled.text().contains("台風の接近のため"), cancelled.text());
    String ics = cancelled.calendar().orElseThrow(() -> new AssertionError("no cancellation"));
    assertTrue(ics.contains("METHOD:CANCEL"), ics);
    Mailbox.Mail confirmed = mailbox.await("hiranai-staff", "「臨時の協議」の日時が確定しました");
    assertTrue(
        sequenceOf(ics) > sequenceOf(confirmed.calendar().orElseThrow()),
        "the cancellation outranks the invitation");
  }

  @Test
  @Order(170)
  void oneClickUnsubscribesWithoutSignInAndAForgedTokenChangesNothing() {
    Mailbox.Mail review = mailbox.await("imabetsu-staff", "議事録の確認のお願い");
    String oneClick = review.unsubscribePath();
    String forged = oneClick.replaceAll("token=[^&]*", "token=QUNUSU9OfGhpcmFuYWktc3RhZmY.AAAA");

    assertEquals(400, publicVisitor.postForm(forged, "List-Unsubscribe=One-Click").statusCode());
    assertTrue(PreferencesPage.open(imabetsu).chosen("ACTION", "IMMEDIATE"), "nothing changed");
    assertEquals(200, publicVisitor.postForm(oneClick, "List-Unsubscribe=One-Click").statusCode());

    assertTrue(PreferencesPage.open(imabetsu).chosen("ACTION", "OFF"));
    PreferencesPage.open(imabetsu).choose("ACTION", "IMMEDIATE").save();
  }

  @Test
  @Order(180)
  void nobodyElseReadsAnInboxOrOpensAnotherPersonsNotification() {
    String nagano =
        Rendered.page(Callers.as(stack, "nagano-mayor").get("/inbox"), "actions-heading");
    assertFalse(nagano.contains("結合テスト"), "another circle's inbox never mentions this one");
    assertFalse(nagano.contains("青森"), nagano);
    assertEquals(302, publicVisitor.get("/inbox").statusCode());
    assertEquals(302, publicVisitor.get("/inbox/preferences").statusCode());
    assertEquals(403, Callers.as(stack, "hiranai-staff").get("/admin/mail").statusCode());
    HttpResponse<String> opened =
        Callers.as(stack, "imabetsu-staff").get("/inbox/open?id=" + Long.MAX_VALUE);
    assertEquals(302, opened.statusCode());
    assertTrue(opened.headers().firstValue("Location").orElse("").endsWith("/inbox"));
  }

  private static int sequenceOf(String ics) {
    Matcher m = Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
    assertTrue(m.find(), ics);
    return Integer.parseInt(m.group(1));
  }
}
