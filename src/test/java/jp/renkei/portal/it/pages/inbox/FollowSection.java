package jp.renkei.portal.it.pages.inbox;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** The "get updates by e-mail" section of a circle's public pages. */
public class FollowSection extends Page {

  public FollowSection(Browser browser) {
    super(browser);
    browser.find(By.id("follow-heading"));
  }

  /** A signed-in resident follows with one button. */
  public void follow() {
    press("follow-form:follow-button");
  }

  public boolean isFollowing() {
    return shows("following-mark");
  }

  /** A visitor without an account gives an address. */
  public void followByEmail(String address) {
    type("follow-form:follow-email", address);
    press("follow-form:follow-by-email");
  }
}
