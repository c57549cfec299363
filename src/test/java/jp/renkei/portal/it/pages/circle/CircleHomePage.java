package jp.renkei.portal.it.pages.circle;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;
import org.openqa.selenium.By;

/** {@code webapp/circle/home.xhtml}: a circle's public home; members also see their place. */
public final class CircleHomePage extends Page {

  public CircleHomePage(Browser browser) {
    super(browser);
  }

  public static CircleHomePage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/");
    return new CircleHomePage(browser);
  }

  public String name() {
    return text("circle-name");
  }

  public String partners() {
    return text("partners");
  }

  /** The neighbours taking part without an agreement in force; empty when there are none. */
  public String neighboursInTalks() {
    return shows("in-talks") ? text("in-talks") : "";
  }

  public String centralCities() {
    return text("central-cities");
  }

  public boolean showsMemberNotice() {
    return shows("member-notice");
  }

  public String memberNotice() {
    return text("member-notice");
  }

  /** A partner office confirms the receipt of the adopted vision's copy. */
  public void confirmVisionCopy() {
    browser.submit(By.cssSelector(".vision-copy input[type=submit]"));
  }
}
