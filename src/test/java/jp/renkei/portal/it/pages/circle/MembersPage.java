package jp.renkei.portal.it.pages.circle;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/circle/members.xhtml}: who the signed-in person acts for, with which roles. */
public final class MembersPage extends Page {

  public MembersPage(Browser browser) {
    super(browser);
  }

  public static MembersPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/members");
    return new MembersPage(browser);
  }

  public String municipalities() {
    return text("my-municipalities");
  }

  public String roles() {
    return text("my-roles");
  }
}
