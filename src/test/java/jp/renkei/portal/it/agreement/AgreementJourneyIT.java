package jp.renkei.portal.it.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An agreement from the first draft to the filings, in Chromium as the central city's office, and
 * what the public sees at each step: nothing of the draft, then the published draft, then the
 * concluded agreement — on the page, in the notices, the feed and the API.
 */
@ExtendWith(StackExtension.class)
class AgreementJourneyIT {

  private static final String YOMOGITA = "023051";
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

  private final TestStack stack;

  AgreementJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void fromDraftToFilingAsTheCentralCityWithThePublicWatching() {
    PortalHttp publicVisitor = PortalHttp.anonymous(stack);
    try (Browser office = Browser.open(stack)) {
      office.visit("/c/aomori/agreements");
      PortalPages.signIn(office, "aomori-mayor");
      office.visit("/c/aomori/agreements");

      // Start an agreement with 蓬田村 and write the draft.
      new Select(office.find(By.id("start-form:partner"))).selectByValue(YOMOGITA);
      office.submit(By.id("start-form:start"));
      office.waitForUrlContaining("/edit");
      long id = idFrom(office.currentUrl());
      fillDraft(office);
      office.submit(By.id("edit-form:save"));
      office.waitForUrlContaining("/c/aomori/agreements/" + id);
      assertTrue(office.find(By.id("messages")).getText().contains("案を保存しました"));
      assertTrue(
          office.find(By.id("clause-purpose")).getText().contains("<b>太字ではない</b>"),
          "user text must be shown as text");
      assertFalse(office.find(By.id("checklist")).getText().contains("未記載"));

      // The draft is nobody else's business yet.
      assertEquals(404, publicVisitor.get("/c/aomori/agreements/" + id).statusCode());
      assertFalse(
          Rendered.page(publicVisitor.get("/c/aomori/agreements"), "agreement-list")
              .contains("蓬田村"));
      assertFalse(
          Rendered.json(publicVisitor.get("/api/v1/circles/aomori/agreements"), 200)
              .contains(YOMOGITA));
      assertEquals(
          404, Callers.as(stack, "hiranai-staff").get("/c/aomori/agreements/" + id).statusCode());

      // Residents are told, with a comment period.
      office.setValue("notify-form:opens", TODAY);
      office.setValue("notify-form:closes", TODAY);
      office.submit(By.id("notify-form:notify"));
      assertTrue(office.find(By.id("version-status")).getText().contains("意見募集中"));
      HttpResponse<String> published = publicVisitor.get("/c/aomori/agreements/" + id);
      assertEquals(200, published.statusCode());
      assertTrue(
          publicVisitor.get("/c/aomori/notices").body().contains("蓬田村との連携協約（締結）の案について意見を募集します"));
      assertTrue(publicVisitor.get("/c/aomori/notices.atom").body().contains("蓬田村との連携協約"));

      // A resident comments; flooding is throttled; the central city moderates and answers.
      residentComments(id);
      office.visit("/c/aomori/agreements/" + id + "/feedback");
      WebElement abusive = abusiveItem(office);
      String abusiveId = abusive.getAttribute("id").substring("feedback-".length());
      office.type(By.id("hide-" + abusiveId + ":reason"), "誹謗中傷を含むため");
      office.submit(By.id("hide-" + abusiveId + ":hide"));
      assertTrue(office.find(By.id("messages")).getText().contains("非表示にしました"));
      String firstId =
          office
              .find(By.cssSelector("#moderation-list li"))
              .getAttribute("id")
              .substring("feedback-".length());
      office.type(By.id("respond-" + firstId + ":response"), "ご意見を踏まえ、目的を明確にします。");
      office.submit(By.id("respond-" + firstId + ":respond"));
      assertTrue(office.find(By.id("messages")).getText().contains("回答を保存しました"));
      HttpResponse<byte[]> csv =
          Callers.as(stack, "aomori-mayor")
              .getBytes("/c/aomori/agreements/" + id + "/feedback.csv?v=1");
      assertEquals(200, csv.statusCode());
      assertEquals((byte) 0xEF, csv.body()[0], "UTF-8 byte order mark for Excel");
      String csvText = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(csvText.contains("誹謗中傷を含むため") && csvText.contains("目的をもっと具体的に"), csvText);
      assertEquals(
          403,
          Callers.as(stack, "hiranai-staff")
              .get("/c/aomori/agreements/" + id + "/feedback.csv")
              .statusCode());
      office.visit("/c/aomori/agreements/" + id);

      // Councils, both resolutions, conclusion.
      office.submit(By.id("submit-form:submit"));
      assertTrue(office.find(By.id("version-status")).getText().contains("議会審議中"));
      office.visit("/c/aomori/agreements/" + id + "/feedback");
      office.submit(By.id("publish-form:publish"));
      assertTrue(office.find(By.id("summary-published")).isDisplayed());
      String summary = publicVisitor.get("/c/aomori/notices").body();
      assertTrue(summary.contains("意見と考え方") && summary.contains("目的を明確にします"), summary);
      assertFalse(summary.contains("ばか"), "a hidden opinion was published");
      office.visit("/c/aomori/agreements/" + id);
      office.find(By.id("conclude-form:conclude"));
      office.setValue("conclude-form:concluded-on", TODAY);
      office.submit(By.id("conclude-form:conclude"));
      assertTrue(office.find(By.id("messages")).getText().contains("両市町村の議会の議決がそろうまで締結できません"));
      recordResolution(office, "022012", "議案第1号");
      recordResolution(office, YOMOGITA, "議案第7号");
      office.setValue("conclude-form:concluded-on", TODAY);
      office.submit(By.id("conclude-form:conclude"));
      assertTrue(office.find(By.id("version-status")).getText().contains("締結済み"));

      // Both municipalities' public notices, then the filings.
      recordPromulgation(office, "022012", "青森市告示第100号");
      recordPromulgation(office, YOMOGITA, "蓬田村告示第5号");
      assertTrue(office.find(By.id("version-status")).getText().contains("告示済み"));
      recordFiling(office, "GOVERNOR:02");
      recordFiling(office, "MINISTRY");
      assertTrue(office.find(By.id("version-status")).getText().contains("届出済み"));

      // An amendment starts from the version in force; the difference shows clause by clause.
      office.submit(By.id("change-form:amend"));
      assertTrue(office.find(By.id("version-number")).getText().contains("第2版"));
      office.submit(By.id("edit-link"));
      office.type(By.id("edit-form:purpose"), "圏域の持続的な発展を目的とする。");
      office.submit(By.id("edit-form:save"));
      office.visit("/c/aomori/agreements/" + id + "/diff?from=1&to=2");
      assertTrue(office.find(By.cssSelector("#diff-PURPOSE ins")).getText().contains("持続的な"));
      assertEquals(
          404,
          publicVisitor.get("/c/aomori/agreements/" + id + "/diff?from=1&to=2").statusCode(),
          "the amendment is still a draft");
      office.visit("/c/aomori/agreements/" + id + "?v=1");

      // A termination notice shows the lapse date everywhere the agreement appears.
      office.setValue("termination-form:terminated-on", TODAY);
      office.submit(By.id("termination-form:terminate"));
      String lapse = office.find(By.id("lapse-banner")).getText();
      assertTrue(lapse.contains("失効予定日"), lapse);

      String publicPage = publicVisitor.get("/c/aomori/agreements/" + id).body();
      assertTrue(publicPage.contains("届出済み"));
      assertTrue(publicPage.contains("議案第7号"));
      assertTrue(publicPage.contains("失効予定日"));
      assertTrue(publicVisitor.get("/c/aomori/agreements").body().contains("失効予定日"));
      String api = publicVisitor.get("/api/v1/circles/aomori/agreements/" + id).body();
      assertTrue(api.contains("\"status\":\"FILED\""), api);
      assertTrue(api.contains("\"lapsesOn\":\"" + LocalDate.parse(TODAY).plusYears(2) + "\""), api);
      String notices = publicVisitor.get("/api/v1/circles/aomori/notices").body();
      assertTrue(
          notices.contains("AGREEMENT_CONCLUDED") && notices.contains("AGREEMENT_PROMULGATED"),
          notices);
    }
  }

  @Test
  void aSecondSaveOverAnotherPersonsSaveIsRefusedAndNothingIsLost() {
    try (Browser central = Browser.open(stack);
        Browser partner = Browser.open(stack)) {
      central.visit("/c/aomori/agreements/1/edit");
      new PortalPages.KeycloakLogin(central).signIn("aomori-mayor", PortalHttp.DEMO_PASSWORD);
      partner.visit("/c/aomori/agreements/1/edit");
      new PortalPages.KeycloakLogin(partner).signIn("hiranai-staff", PortalHttp.DEMO_PASSWORD);
      central.find(By.id("edit-form:purpose"));
      partner.find(By.id("edit-form:purpose"));

      central.type(By.id("edit-form:disputes"), "青森市の修正");
      central.submit(By.id("edit-form:save"));
      central.waitForUrlContaining("/c/aomori/agreements/1");

      partner.type(By.id("edit-form:disputes"), "平内町の修正");
      partner.submit(By.id("edit-form:save"));
      assertTrue(partner.find(By.id("messages")).getText().contains("他の方が保存しています"));

      central.visit("/c/aomori/agreements/1");
      assertTrue(central.find(By.id("clause-disputes")).getText().contains("青森市の修正"));
    }
  }

  @Test
  void councilMembersCommentOnSingleClausesBeforeTheirVote() {
    try (Browser council = Browser.open(stack)) {
      council.visit("/c/aomori/");
      PortalPages.signIn(council, "hiranai-council");
      council.visit("/c/aomori/agreements/1");
      new Select(council.find(By.id("comment-form:comment-clause"))).selectByValue("EXECUTION");
      council.type(By.id("comment-form:comment-body"), "費用分担の考え方を議会に説明してください。");
      council.submit(By.id("comment-form:comment"));
      council.waitForText(By.id("clause-comments"), "費用分担の考え方");
    }
    assertTrue(
        Callers.as(stack, "aomori-mayor")
            .get("/c/aomori/agreements/1")
            .body()
            .contains("費用分担の考え方"));
    assertEquals(404, Callers.as(stack, "nagano-mayor").get("/c/aomori/agreements/1").statusCode());
  }

  @Test
  void aPartnerNeverSeesAnotherPartnersDraft() {
    PortalHttp hiranai = Callers.as(stack, "hiranai-staff");
    assertEquals(404, hiranai.get("/c/aomori/agreements/2").statusCode());
    assertEquals(404, hiranai.get("/c/aomori/agreements/2/edit").statusCode());
    assertFalse(
        Rendered.page(hiranai.get("/c/aomori/agreements"), "agreement-list").contains("今別町"));
    assertEquals(200, hiranai.get("/c/aomori/agreements/1").statusCode());
    assertTrue(
        Callers.as(stack, "aomori-mayor").get("/c/aomori/agreements").body().contains("今別町"));
  }

  private void residentComments(long id) {
    try (Browser resident = Browser.open(stack, 390, 844)) {
      resident.visit("/c/aomori/agreements/" + id);
      resident.submit(By.id("feedback-sign-in"));
      new PortalPages.KeycloakLogin(resident).signIn("resident", PortalHttp.DEMO_PASSWORD);
      resident.waitForUrlContaining("/c/aomori/agreements/" + id);
      comment(resident, "PURPOSE", "目的をもっと具体的に書いてください。<script>alert(1)</script>");
      assertTrue(resident.find(By.id("messages")).getText().contains("ご意見を受け付けました"));
      comment(resident, "", "ばかげた案だ");
      comment(resident, "INITIATIVES", "交通の取組も入れてほしい。");
      comment(resident, "", "四つ目の意見");
      assertTrue(
          resident.find(By.id("messages")).getText().contains("10分ほどおいて"),
          "flooding must be throttled");
    }
  }

  private static void comment(Browser resident, String clause, String text) {
    new Select(resident.find(By.id("feedback-form:section"))).selectByValue(clause);
    resident.type(By.id("feedback-form:body"), text);
    resident.submit(By.id("feedback-form:send"));
    resident.find(By.id("messages"));
  }

  private static WebElement abusiveItem(Browser office) {
    return office.find(By.id("moderation-list")).findElements(By.cssSelector("li")).stream()
        .filter(li -> li.getText().contains("ばかげた案だ"))
        .findFirst()
        .orElseThrow();
  }

  private static void fillDraft(Browser office) {
    office.type(By.id("edit-form:purpose"), "圏域の発展を目的とする。<b>太字ではない</b>");
    office.type(By.id("edit-form:basic-policy"), "相互に役割を分担し連携する。");
    office.type(By.id("edit-form:execution"), "費用の分担は取組ごとに協議の上定める。");
    office.type(By.id("edit-form:consultation-text"), "市長及び村長は定期的に協議する。");
    office.type(By.id("edit-form:term-text"), "期間は定めない。");
    List<String[]> initiatives =
        List.of(
            new String[] {"ECONOMIC_GROWTH", "", "観光", "観光施策", "誘客拡大"},
            new String[] {"URBAN_FUNCTIONS", "", "高等教育", "高等教育", "人材育成"},
            new String[] {"LIVING_SERVICES", "LIFE_FUNCTIONS", "医療", "地域医療", "研修"},
            new String[] {"LIVING_SERVICES", "NETWORKS", "交流・移住", "移住促進", "相談体制"},
            new String[] {"LIVING_SERVICES", "AREA_MANAGEMENT", "人材育成", "職員研修", "合同研修"});
    for (int i = 0; i < initiatives.size(); i++) {
      office.submit(By.id("edit-form:add-row"));
      String row = "edit-form:initiatives:" + i + ":";
      String[] values = initiatives.get(i);
      new Select(office.find(By.id(row + "role"))).selectByValue(values[0]);
      if (!values[1].isEmpty()) {
        new Select(office.find(By.id(row + "viewpoint"))).selectByValue(values[1]);
      }
      office.type(By.id(row + "field"), values[2]);
      office.type(By.id(row + "title"), values[3]);
      office.type(By.id(row + "content"), values[4]);
    }
  }

  private static void recordResolution(Browser office, String municipality, String number) {
    new Select(office.find(By.id("resolution-form:municipality"))).selectByValue(municipality);
    office.setValue("resolution-form:resolved-on", TODAY);
    office.type(By.id("resolution-form:resolution-number"), number);
    office.submit(By.id("resolution-form:record-resolution"));
    assertTrue(office.find(By.id("messages")).getText().contains("議決を記録しました"));
  }

  private static void recordPromulgation(Browser office, String municipality, String number) {
    new Select(office.find(By.id("promulgation-form:promulgating-municipality")))
        .selectByValue(municipality);
    office.type(By.id("promulgation-form:notice-number"), number);
    office.setValue("promulgation-form:notified-on", TODAY);
    office.submit(By.id("promulgation-form:record-promulgation"));
    assertTrue(office.find(By.id("messages")).getText().contains("告示を記録しました"));
  }

  private static void recordFiling(Browser office, String recipient) {
    new Select(office.find(By.id("filing-form:recipient"))).selectByValue(recipient);
    office.setValue("filing-form:filed-on", TODAY);
    office.submit(By.id("filing-form:record-filing"));
    assertTrue(office.find(By.id("messages")).getText().contains("届出を記録しました"));
  }

  /** Date inputs take keyboard input in the browser's locale; set the value as a script would. */
  private static long idFrom(String url) {
    String path = url.substring(url.indexOf("/agreements/") + "/agreements/".length());
    return Long.parseLong(path.substring(0, path.indexOf('/')));
  }
}
