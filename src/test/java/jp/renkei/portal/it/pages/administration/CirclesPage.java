package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/administration/circles.xhtml}: every circle, and creating one. */
public final class CirclesPage extends Page {

  public CirclesPage(Browser browser) {
    super(browser);
  }

  public static CirclesPage open(Browser browser) {
    browser.visit("/admin/circles");
    return new CirclesPage(browser);
  }

  /** Creates a circle with its central city; on success the circle's page opens. */
  public void create(
      String slug, String nameJa, String nameEn, String code, String cityJa, String cityEn) {
    type("create-form:slug", slug);
    type("create-form:name-ja", nameJa);
    type("create-form:name-en", nameEn);
    type("create-form:central-code", code);
    type("create-form:central-name-ja", cityJa);
    type("create-form:central-name-en", cityEn);
    select("create-form:central-kind", "CITY");
    press("create-form:create");
  }
}
