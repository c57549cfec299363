package jp.renkei.portal.it.pages.agreement;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** {@code webapp/agreement/list.xhtml}: a circle's agreements; the central city starts one. */
public final class AgreementListPage extends Page {

  public AgreementListPage(Browser browser) {
    super(browser);
  }

  public static AgreementListPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/agreements");
    return new AgreementListPage(browser);
  }

  /** Starts an agreement of the circle's only central city with a partner; lands in its editor. */
  public AgreementEditPage startWith(String partnerCode) {
    String pair =
        new Select(browser.find(By.id("start-form:partner")))
            .getOptions().stream()
                .map(o -> o.getAttribute("value"))
                .filter(v -> v.endsWith("-" + partnerCode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no agreement to start with " + partnerCode));
    return startPair(pair);
  }

  /**
   * Starts the agreement of a pair named central city first ({@code 322016-322067}); where two
   * cities act jointly (要綱 第9) there is one per city and neighbour.
   */
  public AgreementEditPage startPair(String pair) {
    select("start-form:partner", pair);
    press("start-form:start");
    browser.waitForUrlContaining("/edit");
    return new AgreementEditPage(browser);
  }

  /** What the start form offers, as its labels. */
  public String offered() {
    return text("start-form:partner");
  }

  public String list() {
    return text("agreement-list");
  }
}
