package jp.renkei.portal.it.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
import jp.renkei.portal.it.pages.vision.OutcomePage;
import jp.renkei.portal.it.pages.vision.PopulationPage;
import jp.renkei.portal.it.support.Browser;
import jp.renkei.portal.it.support.Callers;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.StackExtension;
import jp.renkei.portal.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outcome monitor (issue 18.3): 青森's comparison group is 外ヶ浜町 (in talks, commuting ratio 0.183)
 * and 五所川原市, which the central city names; the office imports both groups' figures for 2019 and
 * 2025; everyone, on a phone too, reads the circle's change since the base year against the
 * group's, with the caveat; a partner names nothing; another circle shows none of it.
 */
@ExtendWith(StackExtension.class)
class OutcomeIT {

  private static final String TABLE =
      "団体コード,年,総人口,65歳以上人口\n"
          + "022012,2019,290000,85000\n"
          + "023035,2019,12000,4500\n"
          + "023043,2019,2800,1400\n"
          + "023078,2019,6500,3200\n"
          + "022055,2019,57000,18000\n"
          + "022012,2025,275000,90000\n"
          + "023035,2025,10800,4600\n"
          + "023043,2025,2300,1300\n"
          + "023078,2025,5600,3100\n"
          + "022055,2025,52000,19500\n";

  private final TestStack stack;

  OutcomeIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theCircleIsComparedWithTheNeighboursThatDidNotJoinAndThoseTheCentralCityNames()
      throws Exception {
    String before =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/c/aomori/vision/outcomes"), "outcome-title");
    assertTrue(before.contains("id=\"caveat\""), "the caveat, in plain words");
    assertTrue(before.contains("外ヶ浜町（023078）"), "a neighbour in talks at 0.183");
    assertFalse(before.contains("id=\"compared-023035\""), "a partner is not its own comparison");
    assertFalse(before.contains("id=\"name-form\""), "the public names nothing");

    Path file = Files.createTempFile("outcomes", ".csv");
    Files.writeString(file, TABLE, StandardCharsets.UTF_8);
    try (Browser office = Browser.open(stack)) {
      CircleHomePage.open(office, "aomori").header().signIn("aomori-mayor");
      OutcomePage page = OutcomePage.open(office, "aomori");
      page.name("022056", "五所川原市");
      assertTrue(page.messages().contains("団体コードが正しくありません"), page.messages());
      page.name("023035", "平内町");
      assertTrue(page.messages().contains("比較対象にできません"), page.messages());
      page.name("022055", "五所川原市");
      assertTrue(page.messages().contains("比較対象に加えました"), page.messages());
      assertTrue(page.group().contains("五所川原市（022055）：中枢都市が指定"), page.group());

      PopulationPage population = PopulationPage.open(office, "aomori");
      population.importFile(file);
      assertTrue(population.report().contains("取り込めなかった行 0行"), population.report());

      page = OutcomePage.open(office, "aomori");
      assertTrue(page.since().contains("基準年：2019年"), page.since());
      // Circle: 304,800 → 288,100 (−5.5 %); comparison: 63,500 → 57,600 (−9.3 %).
      String row = page.year(2025);
      assertTrue(row.contains("288,100"), row);
      assertTrue(row.contains("-5.5％"), row);
      assertTrue(row.contains("57,600"), row);
      assertTrue(row.contains("-9.3％"), row);
      assertTrue(row.contains("3.8ポイント"), row);
      assertTrue(page.drawsAChart(), "the chart beside the table");
    } finally {
      Files.deleteIfExists(file);
    }

    try (Browser phone = Browser.open(stack, 390, 844)) {
      OutcomePage onPhone = OutcomePage.open(phone, "aomori");
      assertTrue(onPhone.year(2025).contains("3.8ポイント"), onPhone.year(2025));
    }
    HttpResponse<String> partner =
        Callers.as(stack, "hiranai-staff").get("/c/aomori/vision/outcomes");
    String partnerPage = Rendered.page(partner, "outcome-title");
    assertTrue(partnerPage.contains("五所川原市"));
    assertFalse(partnerPage.contains("id=\"name-form\""), "a partner names nothing");
    // The same figures as open data, the comparison group's marked as outside the circle.
    String json =
        Rendered.json(PortalHttp.anonymous(stack).get("/api/v1/circles/aomori/population"), 200);
    assertTrue(
        json.contains(
            "\"inCircle\":false,\"municipalityCode\":\"022055\",\"municipalityName\":\"五所川原市\","
                + "\"population\":52000,\"year\":2025"),
        json);
    HttpResponse<String> csv =
        PortalHttp.anonymous(stack).get("/api/v1/circles/aomori/population.csv?bom=true");
    assertTrue(
        csv.body().startsWith("\uFEFFmunicipality_code,municipality_name,in_circle,"), csv.body());
    assertTrue(csv.body().contains("022055,五所川原市,false,2025,52000,19500,37.50"), csv.body());
    assertTrue(csv.body().contains("022012,青森市,true,2025,275000,90000,32.73"), csv.body());
    HttpResponse<String> otherCsv =
        PortalHttp.anonymous(stack).get("/api/v1/circles/mutsuwan/population.csv");
    assertEquals(200, otherCsv.statusCode());
    assertTrue(otherCsv.body().startsWith("municipality_code,"), otherCsv.body());
    assertFalse(otherCsv.body().contains("022055"), "青森's comparison is not 陸奥湾's");

    String otherCircle =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/c/mutsuwan/vision/outcomes"), "outcome-title");
    assertFalse(otherCircle.contains("五所川原市"), "青森's comparison stays in 青森");
    assertFalse(otherCircle.contains("288,100"));

    try (Browser office = Browser.open(stack)) {
      CircleHomePage.open(office, "aomori").header().signIn("aomori-mayor");
      OutcomePage page = OutcomePage.open(office, "aomori");
      page.unname("022055");
      assertTrue(page.messages().contains("比較対象から外しました"), page.messages());
      assertFalse(page.group().contains("五所川原市"), page.group());
    }
  }
}
