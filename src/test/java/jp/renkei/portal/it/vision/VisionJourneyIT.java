package jp.renkei.portal.it.vision;

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
import org.openqa.selenium.support.ui.Select;

/**
 * The vision of the (fictional) 陸奥湾 circle from nothing to adoption, in Chromium: the central city
 * (八戸市) drafts it, the roundtable deliberates it, 平内町 and 野辺地町 are each consulted on their parts,
 * comment, get answers, see what the redraft changed and sign off; the vision is adopted and public
 * with its KPI chart, a resident comments, 平内町 reports an actual and confirms the copy. Neither
 * partner ever sees the other's round.
 */
@ExtendWith(StackExtension.class)
class VisionJourneyIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final String HIRANAI = "023035";
  private static final String NOHEJI = "024015";

  private final TestStack stack;

  VisionJourneyIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void draftDeliberateConsultRedraftSignOffAdoptAndReport() {
    PortalHttp publicVisitor = PortalHttp.anonymous(stack);
    assertEquals(404, publicVisitor.get("/api/v1/circles/mutsuwan/vision").statusCode());

    try (Browser city = Browser.open(stack);
        Browser hiranai = Browser.open(stack);
        Browser noheji = Browser.open(stack)) {
      city.visit("/c/mutsuwan/");
      PortalPages.signIn(city, "hachinohe-staff");

      // The first draft, with a bad period refused first.
      city.visit("/c/mutsuwan/vision/versions");
      city.type(By.id("start-form:title"), "陸奥湾圏域ビジョン（結合テスト）");
      city.type(By.id("start-form:start"), "2027");
      city.type(By.id("start-form:end"), "2045");
      city.submit(By.id("start-form:create"));
      assertTrue(messages(city).contains("10年以内"), messages(city));
      city.type(By.id("start-form:end"), "2031");
      city.submit(By.id("start-form:create"));
      assertTrue(messages(city).contains("ビジョン案を作成しました"));
      city.find(By.cssSelector("#version-table a")).click();
      String first = path(city);
      assertEquals(404, publicVisitor.get(first).statusCode(), "a draft is not public");

      city.find(By.id("edit-link")).click();
      city.type(By.id("outline-form:future"), "ホタテと港を軸に、人口減少の中でも交流を増やす。");
      city.submit(By.id("outline-form:save-outline"));
      assertTrue(messages(city).contains("保存しました"));
      city.type(By.id("target-form:year"), "2031");
      city.type(By.id("target-form:population"), "九万八千");
      city.type(By.id("target-form:ageing"), "38.5");
      city.submit(By.id("target-form:add-target"));
      assertTrue(messages(city).contains("人口は1以上の整数"), "a population in words");
      assertFalse(city.isPresent(By.id("target-2031")), "nothing was saved");
      city.type(By.id("target-form:population"), "98,000");
      city.submit(By.id("target-form:add-target"));
      assertTrue(city.isPresent(By.id("target-2031")));

      initiative(city, "ホタテの販路拡大", "陸奥湾のホタテを共同で売り込む。", "022039", HIRANAI);
      city.type(By.id("initiative-form:cost-2027"), "5000");
      city.submit(By.id("initiative-form:save-initiative"));
      assertTrue(city.isPresent(By.id("initiative-1")));
      initiative(city, "野辺地駅の乗継ぎ改善", "鉄道とバスの乗継ぎを改善する。", NOHEJI);
      city.submit(By.id("initiative-form:save-initiative"));
      assertTrue(city.isPresent(By.id("initiative-2")));

      new Select(city.find(By.id("kpi-form:field"))).selectByValue("ECONOMY");
      city.type(By.id("kpi-form:name"), "ホタテの輸出額");
      city.type(By.id("kpi-form:unit"), "億円");
      city.type(By.id("kpi-form:baseline"), "100");
      city.type(By.id("kpi-form:baseline-year"), "2025");
      city.type(By.id("kpi-form:target"), "130");
      city.type(By.id("kpi-form:target-year"), "2031");
      new Select(city.find(By.id("kpi-form:responsible"))).selectByValue(HIRANAI);
      city.submit(By.id("kpi-form:add-kpi"));
      assertTrue(city.find(By.id("kpis")).getText().contains("ホタテの輸出額"));

      // The roundtable meets this morning and deliberates the draft.
      city.visit("/c/mutsuwan/roundtable");
      city.type(By.id("meeting-form:title"), "陸奥湾ビジョン懇談会（結合テスト）");
      city.setValue("meeting-form:date", TODAY.toString());
      city.setValue("meeting-form:time", "00:00");
      city.type(By.id("meeting-form:place"), "八戸市庁");
      city.type(By.id("meeting-form:agenda"), "ビジョン案の審議");
      city.submit(By.id("meeting-form:schedule"));
      city.type(By.id("minutes-form:minutes"), "ビジョン案について審議し、了承された。");
      city.submit(By.id("minutes-form:save-minutes"));
      city.visit(first);
      assertTrue(city.find(By.id("gate-deliberated")).getText().contains("審議がまだ"));
      new Select(city.find(By.id("deliberation-form:meeting")))
          .selectByVisibleText("陸奥湾ビジョン懇談会（結合テスト）");
      city.submit(By.id("deliberation-form:deliberate"));
      assertTrue(city.find(By.id("gate-deliberated")).getText().contains("審議済み"));

      // A round each for 平内町 and 野辺地町, on the sections that concern them.
      city.find(By.id("rounds-link")).click();
      city.setValue("open-" + NOHEJI + ":deadline", TODAY.minusDays(1).toString());
      city.submit(By.id("open-" + NOHEJI + ":open"));
      assertTrue(messages(city).contains("今日以降の日付"), "a deadline in the past");
      openRound(city, HIRANAI);
      openRound(city, NOHEJI);
      assertEquals("意見待ち", city.find(By.id("cell-I-1-" + HIRANAI)).getText());
      assertEquals("—", city.find(By.id("cell-I-2-" + HIRANAI)).getText(), "not 平内町's part");
      assertEquals("—", city.find(By.id("cell-I-1-" + NOHEJI)).getText());
      String hiranaiRound = roundPath(city, HIRANAI);
      String nohejiRound = roundPath(city, NOHEJI);

      // Each partner sees its own round only.
      assertEquals(404, Callers.as(stack, "noheji-staff").get(hiranaiRound).statusCode());
      assertEquals(404, Callers.as(stack, "hiranai-kikaku").get(nohejiRound).statusCode());
      assertEquals(
          403,
          Callers.as(stack, "hiranai-staff").get(hiranaiRound).statusCode(),
          "平内町's staff outside this circle");
      assertEquals(404, publicVisitor.get(first).statusCode());

      hiranai.visit("/c/mutsuwan/");
      PortalPages.signIn(hiranai, "hiranai-kikaku");
      hiranai.visit(first);
      hiranai.find(By.id("my-round-link")).click();
      assertEquals(hiranaiRound, path(hiranai));
      assertFalse(hiranai.isPresent(By.id("section-I-2")), "野辺地町's initiative is not in it");
      new Select(hiranai.find(By.id("comment-form:section"))).selectByValue("I-1");
      hiranai.type(By.id("comment-form:body"), "陸奥湾のホタテが平内町の特産であることを明記してほしい。");
      hiranai.submit(By.id("comment-form:send-comment"));
      assertTrue(messages(hiranai).contains("意見を送りました"));

      // The central city answers; adoption is refused while sign-offs are missing.
      city.visit(hiranaiRound);
      String comment = city.find(By.cssSelector("#section-I-1 .comment")).getAttribute("id");
      String id = comment.substring("comment-".length());
      city.find(
              By.cssSelector("input[name='answer-form-" + id + ":reflection'][value='REFLECTED']"))
          .click();
      city.type(By.id("answer-form-" + id + ":reason"), "取組の内容に平内町の特産として明記します。");
      city.submit(By.id("answer-form-" + id + ":answer"));
      assertTrue(city.find(By.id("answer-" + id)).getText().contains("反映する"));
      city.visit(first);
      city.submit(By.id("adopt-form:adopt"));
      assertTrue(messages(city).contains("了承していない連携市町村"), messages(city));

      // The redraft takes the comment in; new rounds show what changed.
      city.submit(By.id("redraft-form:redraft"));
      city.find(By.cssSelector("#version-table a")).click();
      String second = path(city);
      city.visit(second + "/edit?initiative=1");
      city.type(By.id("initiative-form:content"), "陸奥湾のホタテ（平内町の特産）を共同で売り込む。");
      city.submit(By.id("initiative-form:save-initiative"));
      city.visit(second + "/changes");
      assertTrue(city.find(By.id("change-I-1")).getText().contains("平内町の特産"));
      city.visit(second + "/rounds");
      openRound(city, HIRANAI);
      openRound(city, NOHEJI);
      String hiranaiRound2 = roundPath(city, HIRANAI);
      String nohejiRound2 = roundPath(city, NOHEJI);

      hiranai.visit(hiranaiRound2);
      assertTrue(hiranai.find(By.cssSelector("#section-I-1 ins")).getText().contains("平内町の特産"));
      assertTrue(hiranai.find(By.id("section-I-1")).getText().contains("取組の内容に平内町の特産として明記します"));
      hiranai.submit(By.id("sign-off-form:sign-off"));
      assertTrue(messages(hiranai).contains("了承しました"));

      noheji.visit("/c/mutsuwan/");
      PortalPages.signIn(noheji, "noheji-staff");
      noheji.visit(nohejiRound2);
      noheji.submit(By.id("sign-off-form:sign-off"));
      assertTrue(noheji.find(By.id("round-state")).getText().contains("了承済み"));
      assertEquals(404, Callers.as(stack, "noheji-staff").get(hiranaiRound2).statusCode());

      // Residents comment on the draft before adoption.
      city.visit(second);
      city.setValue("public-comment-form:closes", TODAY.plusDays(7).toString());
      city.submit(By.id("public-comment-form:open-comment"));
      assertTrue(messages(city).contains("意見募集を始め"));
      assertEquals(
          200, publicVisitor.get(second).statusCode(), "a draft put to residents is public");
      try (Browser resident = Browser.open(stack, 390, 844)) {
        // A resident who registers on the spot (Keycloak's self-registration), on a phone.
        String name = "resident-" + System.currentTimeMillis();
        resident.visit(second);
        resident.submit(By.id("feedback-sign-in"));
        resident.submit(By.cssSelector("a[href*='registration']"));
        resident.type(By.id("username"), name);
        resident.type(By.id("email"), name + "@example.invalid");
        resident.type(By.id("firstName"), "花子");
        resident.type(By.id("lastName"), "住民");
        resident.type(By.id("password"), "resident-pass-1234");
        resident.type(By.id("password-confirm"), "resident-pass-1234");
        resident.submit(
            By.cssSelector("#kc-form-buttons input[type=submit], #kc-form-buttons button"));
        resident.waitForUrlContaining(second);
        resident.type(By.id("feedback-form:body"), "ホタテの販路拡大に期待します。");
        resident.submit(By.id("feedback-form:send"));
        assertTrue(messages(resident).contains("ご意見を受け付けました"), messages(resident));
      }
      city.visit(second + "/feedback");
      assertTrue(city.find(By.id("moderation-list")).getText().contains("ホタテの販路拡大に期待します"));

      // Adoption: public page with the KPI chart, notice, API, copies.
      city.visit(second);
      assertTrue(city.find(By.id("gate-sign-offs")).getText().contains("すべての連携市町村が了承済み"));
      city.submit(By.id("adopt-form:adopt"));
      assertTrue(messages(city).contains("ビジョンを策定し"), messages(city));

      String vision = Rendered.page(publicVisitor.get("/c/mutsuwan/vision"), "vision-title");
      assertTrue(vision.contains("陸奥湾のホタテ（平内町の特産）"));
      assertTrue(vision.contains("ホタテの輸出額"));
      assertFalse(vision.contains("data-members-only"));
      assertTrue(publicVisitor.get("/c/mutsuwan/notices").body().contains("を策定しました"));
      String api = publicVisitor.get("/api/v1/circles/mutsuwan/vision").body();
      assertTrue(api.contains("\"title\":\"陸奥湾圏域ビジョン（結合テスト）\""), api);
      assertTrue(api.contains("ホタテの輸出額"));

      city.visit(second + "/edit");
      assertTrue(city.isPresent(By.id("not-editable")), "an adopted version does not change");

      // 平内町 confirms the copy and reports the KPI's actual; a word is not a number.
      hiranai.visit("/c/mutsuwan/");
      hiranai.submit(By.cssSelector(".vision-copy input[type=submit]"));
      assertTrue(messages(hiranai).contains("受領を確認しました"));
      hiranai.visit("/c/mutsuwan/vision/kpis");
      hiranai.type(By.cssSelector("form[id^='actual-'] input[type=text]"), "たくさん");
      hiranai.submit(By.cssSelector("form[id^='actual-'] input[type=submit]"));
      assertTrue(messages(hiranai).contains("数値で入力してください"));
      new Select(hiranai.find(By.cssSelector("form[id^='actual-'] select"))).selectByValue("2025");
      hiranai.type(By.cssSelector("form[id^='actual-'] input[type=text]"), "112.5");
      hiranai.submit(By.cssSelector("form[id^='actual-'] input[type=submit]"));
      assertTrue(messages(hiranai).contains("実績を登録しました"));

      city.visit("/c/mutsuwan/vision");
      assertTrue(city.isPresent(By.cssSelector(".kpi-chart canvas")), "the chart is drawn");
      assertTrue(city.find(By.cssSelector(".kpi-table")).getText().contains("112.5"));
      assertTrue(publicVisitor.get("/api/v1/circles/mutsuwan/vision").body().contains("112.5"));
    }
  }

  private static void initiative(Browser city, String title, String content, String... codes) {
    city.type(By.id("initiative-form:title"), title);
    city.type(By.id("initiative-form:content"), content);
    city.type(By.id("initiative-form:schedule"), "令和9年度から毎年度");
    city.type(By.id("initiative-form:clause"), "各連携協約 第3条 ア(a)");
    for (String code : codes) {
      city.find(
              By.cssSelector("input[name='initiative-form:municipalities'][value='" + code + "']"))
          .click();
    }
  }

  private static void openRound(Browser city, String code) {
    city.setValue("open-" + code + ":deadline", TODAY.plusDays(14).toString());
    city.submit(By.id("open-" + code + ":open"));
    assertTrue(messages(city).contains("協議を始めました"), messages(city));
  }

  private static String roundPath(Browser city, String code) {
    String href = city.find(By.cssSelector("#col-" + code + " a")).getAttribute("href");
    return href.substring(href.indexOf("/c/"));
  }

  private static String path(Browser browser) {
    String url = browser.currentUrl();
    String path = url.substring(url.indexOf("/c/"));
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static String messages(Browser browser) {
    return browser.isPresent(By.id("messages")) ? browser.find(By.id("messages")).getText() : "";
  }
}
