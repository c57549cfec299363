package jp.renkei.portal.it.consultation;

import static jp.renkei.portal.it.consultation.ConsultationPages.idFrom;
import static jp.renkei.portal.it.consultation.ConsultationPages.messages;
import static jp.renkei.portal.it.consultation.ConsultationPages.slot;
import static jp.renkei.portal.it.consultation.ConsultationPages.slotIds;
import static jp.renkei.portal.it.consultation.ConsultationPages.tick;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.PortalPages;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A regular consultation from the proposal to the published minutes, in Chromium as the central
 * city's office (青森市) and two partners' offices (平内町, 今別町): propose → answer → confirm → agenda and
 * materials → minutes → both approve → published → .ics and calendar subscription — with the bad
 * input of each step refused and nothing changed.
 */
@ExtendWith(StackExtension.class)
class ConsultationJourneyIT {

  private static final String HIRANAI = "023035";
  private static final String IMABETSU = "023043";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String TITLE = "定期協議 <b>結合テスト</b>";

  private final TestStack stack;

  ConsultationJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void fromProposalToPublishedMinutesAsThreeOffices() throws Exception {
    PortalHttp publicVisitor = PortalHttp.anonymous(stack);
    try (Browser aomori = Browser.open(stack);
        Browser hiranai = Browser.open(stack);
        Browser imabetsu = Browser.open(stack)) {
      aomori.visit("/c/aomori/");
      PortalPages.signIn(aomori, "aomori-mayor");
      aomori.visit("/c/aomori/consultations");

      // Bad input first: no partner, a slot in the past — refused, nothing proposed.
      aomori.type(By.id("propose-form:title"), TITLE);
      slot(aomori, "propose-form", 0, TODAY.minusDays(1).toString(), "14:00", "15:00", "青森市役所");
      aomori.submit(By.id("propose-form:propose"));
      assertTrue(messages(aomori).contains("参加する連携市町村を1つ以上選んでください"), messages(aomori));
      tick(aomori, "propose-form:partners", HIRANAI);
      tick(aomori, "propose-form:partners", IMABETSU);
      slot(aomori, "propose-form", 0, TODAY.minusDays(1).toString(), "14:00", "15:00", "青森市役所");
      aomori.submit(By.id("propose-form:propose"));
      assertTrue(messages(aomori).contains("過去の日時は候補にできません"), messages(aomori));
      assertFalse(aomori.pageText().contains("結合テスト</b>"), "nothing was proposed");

      // Two candidate slots.
      tick(aomori, "propose-form:partners", HIRANAI);
      tick(aomori, "propose-form:partners", IMABETSU);
      slot(aomori, "propose-form", 0, TODAY.plusDays(14).toString(), "14:00", "15:30", "青森市役所");
      slot(aomori, "propose-form", 1, TODAY.plusDays(15).toString(), "10:00", "11:00", "平内町役場");
      aomori.submit(By.id("propose-form:propose"));
      assertTrue(messages(aomori).contains("候補日時を連携市町村に送りました"), messages(aomori));
      long id = idFrom(aomori.currentUrl());
      assertTrue(
          aomori.find(By.id("consultation-title")).getText().contains("<b>結合テスト</b>"),
          "user text is shown as text");
      List<String> slots = slotIds(aomori);
      assertEquals(2, slots.size());

      // Nobody has answered: the central city cannot confirm yet.
      new org.openqa.selenium.support.ui.Select(aomori.find(By.id("confirm-form:slot")))
          .selectByValue(slots.get(0));
      aomori.submit(By.id("confirm-form:confirm"));
      assertTrue(messages(aomori).contains("「可」と回答していない日時は確定できません"), messages(aomori));
      assertTrue(aomori.find(By.id("consultation-status")).getText().contains("日程調整中"));

      // The partners answer; another circle and a partner not invited see nothing.
      hiranai.visit("/c/aomori/");
      PortalPages.signIn(hiranai, "hiranai-staff");
      hiranai.visit("/c/aomori/consultations/" + id);
      tick(hiranai, "answer-form:working", slots.get(1));
      hiranai.submit(By.id("answer-form:answer"));
      assertTrue(messages(hiranai).contains("回答を登録しました"));
      imabetsu.visit("/c/aomori/");
      PortalPages.signIn(imabetsu, "imabetsu-staff");
      imabetsu.visit("/c/aomori/consultations/" + id);
      tick(imabetsu, "answer-form:working", slots.get(0));
      tick(imabetsu, "answer-form:working", slots.get(1));
      imabetsu.submit(By.id("answer-form:answer"));
      assertEquals(
          404,
          Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations/2").statusCode(),
          "平内町 is not invited to the demo consultation of 蓬田村 and 外ヶ浜町");
      assertFalse(
          Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations").body().contains("蓬田村"));
      assertEquals(
          403, Callers.as(stack, "nagano-mayor").get("/c/aomori/consultations/" + id).statusCode());

      // The central city sees the answers side by side and confirms the slot both can do.
      aomori.visit("/c/aomori/consultations/" + id);
      String row = aomori.find(By.id("slot-" + slots.get(1))).getText();
      assertEquals(2, row.split("○", -1).length - 1, row);
      new org.openqa.selenium.support.ui.Select(aomori.find(By.id("confirm-form:slot")))
          .selectByValue(slots.get(1));
      aomori.submit(By.id("confirm-form:confirm"));
      assertTrue(aomori.find(By.id("consultation-status")).getText().contains("日程確定"));
      assertTrue(aomori.find(By.id("confirmed-slot")).getText().contains("10:00～11:00"));

      // .ics for those taking part, in Japan time.
      HttpResponse<String> ics =
          Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations/" + id + ".ics");
      assertEquals(200, ics.statusCode());
      assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
      String start = TODAY.plusDays(15).toString().replace("-", "") + "T100000";
      assertTrue(ics.body().contains("DTSTART;TZID=Asia/Tokyo:" + start), ics.body());
      assertTrue(ics.body().contains("STATUS:CONFIRMED"), ics.body());

      agendaAndMaterials(hiranai, imabetsu, id);
      minutesAgreedByBothSides(aomori, hiranai, imabetsu, publicVisitor, id);
      calendarSubscription(hiranai, publicVisitor, id);

      // An action item for 今別町, marked done by 今別町; the cadence shows the next consultation.
      aomori.visit("/c/aomori/consultations/" + id);
      aomori.type(By.id("action-form:action-title"), "バス利用者アンケートを実施する");
      new org.openqa.selenium.support.ui.Select(aomori.find(By.id("action-form:action-owner")))
          .selectByValue(IMABETSU);
      aomori.setValue("action-form:action-due", TODAY.plusDays(30).toString());
      aomori.submit(By.id("action-form:add-action"));
      assertTrue(messages(aomori).contains("申し合わせ事項を追加しました"));
      imabetsu.visit("/c/aomori/consultations/" + id);
      assertTrue(imabetsu.find(By.id("action-table")).getText().contains("バス利用者アンケート"));
      imabetsu.driver().findElements(By.cssSelector("#action-table tr")).stream()
          .filter(tr -> tr.getText().contains("バス利用者アンケート"))
          .findFirst()
          .orElseThrow()
          .findElement(By.cssSelector("input[type=submit]"))
          .click();
      imabetsu.waitForText(By.id("messages"), "完了にしました");
      aomori.visit("/c/aomori/consultations/cadence");
      String cadence = aomori.find(By.id("cadence-" + HIRANAI)).getText();
      assertTrue(cadence.contains("予定どおり"), cadence);
    }
  }

  @Test
  void rescheduleAndCancelAreSeenByEverybodyInvitedWithTheReason() {
    try (Browser aomori = Browser.open(stack);
        Browser hiranai = Browser.open(stack)) {
      aomori.visit("/c/aomori/");
      PortalPages.signIn(aomori, "aomori-mayor");
      aomori.visit("/c/aomori/consultations");
      aomori.type(By.id("propose-form:title"), "臨時の協議");
      tick(aomori, "propose-form:partners", HIRANAI);
      slot(aomori, "propose-form", 0, TODAY.plusDays(20).toString(), "09:00", "10:00", "青森市役所");
      aomori.submit(By.id("propose-form:propose"));
      long id = idFrom(aomori.currentUrl());

      // A reschedule without a reason is refused; with one, everybody invited reads it.
      slot(aomori, "reschedule-form", 0, TODAY.plusDays(27).toString(), "13:00", "14:00", "平内町役場");
      aomori.submit(By.id("reschedule-form:reschedule"));
      assertTrue(messages(aomori).contains("理由を入力してください"), messages(aomori));
      aomori.type(By.id("reschedule-form:reschedule-reason"), "市議会の日程と重なったため");
      slot(aomori, "reschedule-form", 0, TODAY.plusDays(27).toString(), "13:00", "14:00", "平内町役場");
      aomori.submit(By.id("reschedule-form:reschedule"));
      assertTrue(messages(aomori).contains("日程を変更し"), messages(aomori));
      hiranai.visit("/c/aomori/");
      PortalPages.signIn(hiranai, "hiranai-staff");
      hiranai.visit("/c/aomori/consultations/" + id);
      assertTrue(hiranai.find(By.id("change-banner")).getText().contains("市議会の日程と重なったため"));
      assertEquals(1, slotIds(hiranai).size());
      assertTrue(hiranai.find(By.id("slot-table")).getText().contains("13:00～14:00"));

      // Confirmed, then cancelled: calendars that imported it receive the cancellation.
      tick(hiranai, "answer-form:working", slotIds(hiranai).get(0));
      hiranai.submit(By.id("answer-form:answer"));
      aomori.visit("/c/aomori/consultations/" + id);
      aomori.submit(By.id("confirm-form:confirm"));
      String confirmed =
          Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations/" + id + ".ics").body();
      aomori.type(By.id("cancel-form:cancel-reason"), "台風の接近のため");
      aomori.submit(By.id("cancel-form:cancel"));
      assertTrue(aomori.find(By.id("consultation-status")).getText().contains("中止"));
      hiranai.visit("/c/aomori/consultations/" + id);
      assertTrue(hiranai.find(By.id("change-banner")).getText().contains("台風の接近のため"));
      assertFalse(hiranai.isPresent(By.id("answer-form:answer")));
      String cancelled =
          Callers.as(stack, "hiranai-staff").get("/c/aomori/consultations/" + id + ".ics").body();
      assertTrue(cancelled.contains("STATUS:CANCELLED"), cancelled);
      assertTrue(sequenceOf(cancelled) > sequenceOf(confirmed), "calendars must take the update");
    }
  }

  private static int sequenceOf(String ics) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
    assertTrue(m.find(), ics);
    return Integer.parseInt(m.group(1));
  }

  private void agendaAndMaterials(Browser hiranai, Browser imabetsu, long id) throws IOException {
    hiranai.visit("/c/aomori/consultations/" + id);
    hiranai.type(By.id("agenda-form:agenda-title"), "広域観光の共同プロモーション");
    hiranai.submit(By.id("agenda-form:add-agenda"));
    assertTrue(hiranai.find(By.id("agenda")).getText().contains("平内町提案"));

    Path dir = Files.createTempDirectory("renkei-upload-");
    Path pdf =
        Files.write(
            dir.resolve("観光資料.pdf"), "%PDF-1.4\n資料\n%%EOF".getBytes(StandardCharsets.UTF_8));
    Path exe = Files.write(dir.resolve("tool.exe"), "MZ".getBytes(StandardCharsets.US_ASCII));
    Path fake =
        Files.write(dir.resolve("fake.pdf"), "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
    Path big = dir.resolve("big.pdf");
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 10];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 5);
    Files.write(big, tooLarge);

    for (Object[] refused :
        new Object[][] {
          {exe, "PDF・Word・Excel・PowerPointのファイル"},
          {fake, "中身が拡張子と一致しません"},
          {big, "ファイルが大きすぎます"}
        }) {
      hiranai.find(By.id("upload-form:file")).sendKeys(refused[0].toString());
      hiranai.submit(By.id("upload-form:upload"));
      assertTrue(messages(hiranai).contains((String) refused[1]), messages(hiranai));
    }
    assertFalse(hiranai.isPresent(By.cssSelector(".material-link")), "a refused file was kept");

    // Beyond what the container parses at all (32 MB): the portal's own page says so, not a 500.
    Path huge = dir.resolve("huge.pdf");
    try (var out = Files.newOutputStream(huge)) {
      out.write("%PDF-".getBytes(StandardCharsets.US_ASCII));
      byte[] megabyte = new byte[1024 * 1024];
      for (int i = 0; i < 34; i++) {
        out.write(megabyte);
      }
    }
    hiranai.find(By.id("upload-form:file")).sendKeys(huge.toString());
    hiranai.submit(By.id("upload-form:upload"));
    assertEquals("413", hiranai.find(By.id("error-title")).getAttribute("data-status"));
    assertTrue(
        hiranai.find(By.id("error-text")).getText().contains("10MB"),
        hiranai.find(By.id("error-text")).getText());
    hiranai.visit("/c/aomori/consultations/" + id);
    assertFalse(hiranai.isPresent(By.cssSelector(".material-link")), "the huge file was kept");

    hiranai.find(By.id("upload-form:file")).sendKeys(pdf.toString());
    hiranai.submit(By.id("upload-form:upload"));
    assertTrue(messages(hiranai).contains("資料を添付しました"), messages(hiranai));
    String href = hiranai.find(By.cssSelector(".material-link")).getAttribute("href");
    String path = href.substring(href.indexOf("/c/aomori/"));
    HttpResponse<byte[]> download = Callers.as(stack, "imabetsu-staff").getBytes(path);
    assertEquals(200, download.statusCode());
    assertArrayEquals(Files.readAllBytes(pdf), download.body());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(403, Callers.as(stack, "hiranai-council").getBytes(path).statusCode());
    assertEquals(403, Callers.as(stack, "nagano-mayor").getBytes(path).statusCode());
    assertEquals(302, PortalHttp.anonymous(stack).getBytes(path).statusCode());
  }

  private void minutesAgreedByBothSides(
      Browser aomori, Browser hiranai, Browser imabetsu, PortalHttp publicVisitor, long id)
      throws IOException {
    String minutes = "/c/aomori/consultations/" + id + "/minutes";
    assertEquals(404, publicVisitor.get(minutes).statusCode(), "no minutes are public yet");

    aomori.visit(minutes);
    aomori.type(By.id("minutes-form:body"), "1 広域観光について\n三市町で共同プロモーションを行う。");
    aomori.submit(By.id("minutes-form:save"));
    aomori.submit(By.id("circulate-form:circulate"));
    assertTrue(aomori.find(By.id("minutes-status")).getText().contains("確認中"));

    // 平内町 asks for a change; the central city revises, which clears every approval.
    hiranai.visit(minutes);
    hiranai.type(By.id("comment-form:comment"), "時期（令和9年3月まで）を明記してください。");
    hiranai.find(By.id("comment-form:change-requested")).click();
    hiranai.submit(By.id("comment-form:add-comment"));
    assertTrue(hiranai.find(By.id("comments")).getText().contains("令和9年3月まで"));
    hiranai.submit(By.id("approve-form:approve"));
    assertTrue(hiranai.find(By.id("approval-" + HIRANAI)).getText().contains("承認済み"));

    // 今別町 reads revision 1; meanwhile the central city revises: approving the old text fails.
    imabetsu.visit(minutes);
    imabetsu.find(By.id("approve-form:approve"));
    aomori.visit(minutes);
    aomori.type(By.id("minutes-form:body"), "1 広域観光について\n令和9年3月までに三市町で共同プロモーションを行う。");
    aomori.submit(By.id("minutes-form:save"));
    assertTrue(aomori.find(By.id("minutes-revision")).getText().contains("第2稿"));
    assertTrue(aomori.find(By.id("approval-" + HIRANAI)).getText().contains("未承認"));
    imabetsu.submit(By.id("approve-form:approve"));
    assertTrue(messages(imabetsu).contains("あなたが読んだ後に変更されました"), messages(imabetsu));

    // Everybody approves revision 2; the central city's open editor cannot change it afterwards.
    aomori.submit(By.id("approve-form:approve"));
    hiranai.visit(minutes);
    hiranai.submit(By.id("approve-form:approve"));
    aomori.visit(minutes);
    aomori.find(By.id("minutes-form:body"));
    imabetsu.visit(minutes);
    imabetsu.submit(By.id("approve-form:approve"));
    assertTrue(imabetsu.find(By.id("minutes-status")).getText().contains("確定"));
    assertFalse(imabetsu.isPresent(By.id("approve-form:approve")), "approved twice");
    aomori.type(By.id("minutes-form:body"), "書き換え");
    aomori.submit(By.id("minutes-form:save"));
    assertTrue(messages(aomori).contains("ほかの人の操作で変わった"), messages(aomori));
    aomori.visit(minutes);
    assertTrue(aomori.find(By.id("minutes-body")).getText().contains("令和9年3月までに"));

    // Published: the public reads the minutes, the notice and the PDF with its Japanese text.
    aomori.submit(By.id("publish-form:publish"));
    assertTrue(messages(aomori).contains("議事録を公表しました"));
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

  private void calendarSubscription(Browser hiranai, PortalHttp publicVisitor, long id) {
    hiranai.visit("/c/aomori/calendar");
    hiranai.submit(By.id("calendar-form:renew"));
    String url = hiranai.find(By.id("feed-url")).getAttribute("value");
    String path = url.substring(url.indexOf("/calendar/"));
    HttpResponse<String> feed = publicVisitor.get(path);
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), "a calendar, not an error page");
    assertTrue(feed.body().contains("consultation-" + id + "@renkei-portal"), feed.body());
    assertTrue(feed.body().contains("consultation-1@renkei-portal"), "平内町's demo consultation");
    assertFalse(feed.body().contains("consultation-2@"), "not invited to consultation 2");
    assertEquals(404, publicVisitor.get("/calendar/" + "x".repeat(43) + ".ics").statusCode());
    hiranai.submit(By.id("calendar-form:revoke"));
    assertTrue(messages(hiranai).contains("無効にしました"));
    assertEquals(404, publicVisitor.get(path).statusCode(), "a revoked address ends the feed");
  }
}
