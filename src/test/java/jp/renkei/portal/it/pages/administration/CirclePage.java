package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/**
 * {@code webapp/administration/circle.xhtml}: one circle for the portal administrator — partners,
 * eligibility, commuting ratios, the declaration and who administers its people.
 */
public final class CirclePage extends Page {

  public CirclePage(Browser browser) {
    super(browser);
  }

  public static CirclePage open(Browser browser, String slug) {
    browser.visit("/admin/circles/" + slug);
    return new CirclePage(browser);
  }

  /** What the member table says the municipality is: central city, partner or in talks. */
  public String memberRole(String code) {
    return text("member-" + code);
  }

  public void addPartner(String code, String nameJa, String nameEn, String kind) {
    type("partner-form:partner-code", code);
    type("partner-form:partner-name-ja", nameJa);
    type("partner-form:partner-name-en", nameEn);
    select("partner-form:partner-kind", kind);
    press("partner-form:add-partner");
  }

  public void removePartner(String code) {
    press("remove-" + code + ":remove");
  }

  public boolean offersRemoving(String code) {
    return shows("remove-" + code + ":remove");
  }

  public void recordEligibility(String status, String dayNightRatio) {
    select("eligibility-form:status", status);
    type("eligibility-form:day-night", dayNightRatio);
    press("eligibility-form:record-eligibility");
  }

  /**
   * Records 第9's facts for the two cities: population and day/night ratio of each, the travel time
   * and the reason for ⑥.
   */
  public void recordJointEligibility(
      String[] first, String[] second, String minutes, String equivalent) {
    type("joint-form:first-population", first[0]);
    type("joint-form:first-day-night", first[1]);
    type("joint-form:second-population", second[0]);
    type("joint-form:second-day-night", second[1]);
    type("joint-form:minutes", minutes);
    type("joint-form:equivalent", equivalent);
    press("joint-form:record-joint");
  }

  public boolean eligible() {
    return shows("eligibility-ok");
  }

  public String eligibilityFailures() {
    return text("eligibility-failures");
  }

  public void recordRatio(String code, String name, String ratio) {
    type("ratio-form:code", code);
    type("ratio-form:name", name);
    type("ratio-form:ratio", ratio);
    press("ratio-form:record-ratio");
  }

  public boolean listsShouldConsult() {
    return shows("should-consult");
  }

  public String shouldConsult() {
    return text("should-consult");
  }

  /** The declaration section: whether one is in force, and who declares. */
  public String declaration() {
    return text("declaration");
  }

  public void grantAdministrator(String username) {
    type("grant-form:username", username);
    press("grant-form:grant");
  }
}
