package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/administration/people.xhtml}: a circle's administrators invite and remove. */
public final class PeoplePage extends Page {

  public PeoplePage(Browser browser) {
    super(browser);
  }

  public static PeoplePage open(Browser browser, String slug) {
    browser.visit("/c/" + slug + "/people");
    return new PeoplePage(browser);
  }

  public String people() {
    return text("people-table");
  }

  public void invite(String email, String municipalityCode, String role) {
    type("invite-form:email", email);
    select("invite-form:municipality", municipalityCode);
    select("invite-form:role", role);
    press("invite-form:invite");
  }

  /** Creates an account directly, with the details as typed. */
  public void createAccount(
      String username, String email, String lastName, String firstName, String code, String role) {
    type("account-form:username", username);
    type("account-form:email", email);
    type("account-form:last-name", lastName);
    type("account-form:first-name", firstName);
    select("account-form:municipality", code);
    select("account-form:role", role);
    press("account-form:create");
  }

  public boolean listsOpenInvitations() {
    return shows("invitations");
  }

  /** Removes a person (by username or e-mail) from the circle. */
  public void remove(String username) {
    press("remove-" + username.replace('.', '_').replace('@', '_') + ":remove");
  }
}
