package jp.renkei.portal.it.vision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.portal.it.pages.circle.CircleHomePage;
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
 * Population against the vision's targets (issue 18, item 2): 青森's office imports a table its
 * statistics section exported in Shift_JIS, with the lines an office gets wrong; the good lines are
 * stored, each bad one is listed with its reason; importing it again changes nothing; the public
 * reads the circle's total against the target; a partner gets no import.
 */
@ExtendWith(StackExtension.class)
class PopulationIT {

  private static final String TABLE =
      "団体コード,年,総人口,65歳以上人口\r\n"
          + "022012,2024,\"271,234\",89012\r\n"
          + "02303,令和6年,10521,4321\r\n"
          + "023043,2024,2301,2400\r\n"
          + "024015,2024,12000,5000\r\n"
          + "022012,2024,271235,89013\r\n"
          + "99999x,2024,1,1\r\n";

  private final TestStack stack;

  PopulationIT(TestStack stack) {
    this.stack = stack;
  }

  @Test
  void theCentralCityImportsAShiftJisTableAndEveryoneReadsTheTotalAgainstTheTarget()
      throws Exception {
    Path file = Files.createTempFile("population", ".csv");
    Files.write(file, TABLE.getBytes(Charset.forName("Windows-31J")));
    try (Browser office = Browser.open(stack)) {
      CircleHomePage.open(office, "aomori").header().signIn("aomori-mayor");
      PopulationPage page = PopulationPage.open(office, "aomori");
      assertTrue(page.offersImport());

      page.importFile(file);

      String report = page.report();
      assertTrue(report.contains("保存 2行、変更なし 0行、取り込めなかった行 4行"), report);
      assertTrue(report.contains("Shift_JIS"), report);
      assertTrue(report.contains("65歳以上人口が総人口を超えて"), report);
      assertTrue(report.contains("この圏域の市町村でも、成果の比較対象の市町村でもありません（024015）"), report);
      assertTrue(report.contains("同じ市町村・年が2行目にもあります"), report);
      assertTrue(report.contains("団体コードとして正しくありません"), report);
      assertTrue(page.circleYear(2024).contains("281,755"), page.circleYear(2024));
      assertTrue(page.drawsAChart(), "the target path against the actuals, beside the table");

      page = PopulationPage.open(office, "aomori");
      page.importFile(file);
      assertTrue(page.report().contains("保存 0行、変更なし 2行"), "a second import changes nothing");
    } finally {
      Files.deleteIfExists(file);
    }

    String anonymous =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/c/aomori/vision/population"), "population-title");
    assertTrue(anonymous.contains("281,755"), "the circle's total");
    assertTrue(anonymous.contains("33.13"), "its ageing rate: 93,333 of 281,755");
    assertFalse(anonymous.contains("id=\"import-heading\""), "no import for the public");
    assertFalse(anonymous.contains("024015"), "another circle's municipality was not stored");

    String partner =
        Rendered.page(
            Callers.as(stack, "hiranai-staff").get("/c/aomori/vision/population"),
            "population-title");
    assertTrue(partner.contains("281,755"));
    assertFalse(partner.contains("id=\"import-heading\""), "a partner does not import");

    String otherCircle =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/c/mutsuwan/vision/population"), "population-title");
    assertFalse(otherCircle.contains("281,755"), "青森's figures stay in 青森");
  }
}
