package jp.renkei.portal.it.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Where the cooperation is (issue 18, 4), on the demo data: 青森's agreements in force with 平内町 and
 * 今別町 (13 initiatives each), 平内町's amendment still a draft, 外ヶ浜町's agreement a draft only the
 * central city sees; the adopted vision's one budgeted initiative.
 */
@ExtendWith(StackExtension.class)
class CooperationIT {

  private static final String HIRANAI = "023035";
  private static final String IMABETSU = "023043";
  private static final String SOTOGAHAMA = "023078";

  private final TestStack stack;

  CooperationIT(TestStack stack) {
    this.stack = stack;
  }

  private String page(PortalHttp who) {
    return Rendered.page(who.get("/c/aomori/vision/cooperation"), "cooperation-title");
  }

  /** The count in a field's row and a partner's column. */
  private static String cell(String page, String field, String partner) {
    Matcher row =
        Pattern.compile("<tr data-field=\"" + field + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), "no row " + field + " in\n" + page);
    Matcher cell =
        Pattern.compile("<td data-partner=\"" + partner + "\">(\\d+)</td>").matcher(row.group(1));
    assertTrue(cell.find(), "no cell for " + partner + " in row " + field + ": " + row.group(1));
    return cell.group(1);
  }

  @Test
  void theInitiativesInForceAreCountedByFieldAndPartnerAndNoDraftCounts() {
    String page = page(PortalHttp.anonymous(stack));
    assertEquals("4", cell(page, "ア", HIRANAI));
    assertEquals("1", cell(page, "イ", IMABETSU));
    assertEquals("7", cell(page, "ウA", HIRANAI));
    assertEquals("1", cell(page, "ウB", HIRANAI), "not the amendment draft's 移住促進");
    assertEquals("0", cell(page, "ウC", HIRANAI), "the draft's 人材の育成 is not in force");
    assertTrue(page.contains("class=\"field-empty\""), "an empty field is shown as such");
    assertFalse(page.contains("data-partner=\"" + SOTOGAHAMA + "\""), "a draft makes no partner");
    assertFalse(page.contains("人材の育成"), "nothing of a draft is listed");
    assertTrue(page.contains("平内町：戦略的な観光施策の展開（ア-d 戦略的な観光施策）"), "which initiatives, by field");

    assertTrue(page.contains("id=\"cost-table\""), page);
    assertTrue(page.contains("1. 広域観光の推進"), "the budgeted initiative");
    assertTrue(page.contains("36,000"), "its total in thousand yen");

    String asCentralCity = page(Callers.as(stack, "aomori-mayor"));
    assertFalse(
        asCentralCity.contains("data-partner=\"" + SOTOGAHAMA + "\""),
        "the page counts agreements in force, whoever reads it");
  }

  @Test
  void inEnglishTheFieldOfAnInitiativeIsBracketedAsEnglishWritesIt() {
    PortalHttp visitor = PortalHttp.anonymous(stack);
    assertEquals(302, visitor.get("/lang?to=en&next=%2F").statusCode());
    String page = page(visitor);
    assertTrue(page.contains("lang=\"en\""), "the English page");
    assertTrue(page.contains("戦略的な観光施策の展開 (ア-d "), "which initiatives, by field");
    assertFalse(page.contains("（ア-d"), "no Japanese brackets in the English page");
  }

  @Test
  void anotherCircleShowsItsOwnCooperationOnly() {
    String mutsuwan =
        Rendered.page(
            PortalHttp.anonymous(stack).get("/c/mutsuwan/vision/cooperation"), "cooperation-title");
    assertFalse(mutsuwan.contains("data-partner=\"" + IMABETSU + "\""), "今別町 is 青森's partner");
    assertTrue(mutsuwan.contains("data-partner=\"" + HIRANAI + "\""), "平内町 is a partner of both");
    assertEquals("1", cell(mutsuwan, "ア", HIRANAI), "ホタテの販路拡大 only");
  }

  @Test
  void aResidentOnAPhoneReachesItFromTheVisionAndReadsTheTable() {
    try (Browser phone = Browser.open(stack, 390, 844)) {
      phone.visit("/c/aomori/vision");
      phone.find(By.id("cooperation-link")).click();
      phone.find(By.id("field-matrix"));
      assertTrue(phone.pageText().contains("連携の分野と費用"), phone.pageText());
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) phone.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth > window.innerWidth + 1;");
      assertEquals(Boolean.FALSE, overflow, "the page itself does not scroll sideways");
    }
  }
}
