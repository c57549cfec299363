package jp.renkei.portal.it.pages.roundtable;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/roundtable/registry.xhtml}: members by sector, coverage, scheduling a meeting. */
public final class RegistryPage extends Page {

  public RegistryPage(Browser browser) {
    super(browser);
  }

  public static RegistryPage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/roundtable");
    return new RegistryPage(browser);
  }

  public String sector(String sector) {
    return text("sector-" + sector);
  }

  public void addMember(String name, String affiliation, String sector, String from, String to) {
    type("member-form:name", name);
    type("member-form:affiliation", affiliation);
    select("member-form:sector", sector);
    browser.setValue("member-form:term-start", from);
    browser.setValue("member-form:term-end", to);
    press("member-form:add-member");
  }

  /** Schedules a meeting; on success the meeting's page opens. */
  public void scheduleMeeting(String title, String date, String time, String place, String agenda) {
    type("meeting-form:title", title);
    browser.setValue("meeting-form:date", date);
    browser.setValue("meeting-form:time", time);
    type("meeting-form:place", place);
    type("meeting-form:agenda", agenda);
    press("meeting-form:schedule");
  }
}
