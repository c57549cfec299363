package jp.renkei.portal.it.pages.administration;

import jp.renkei.portal.it.pages.Page;
import jp.renkei.portal.it.support.Browser;

/** {@code webapp/administration/invitation.xhtml}: the invited person chooses a password. */
public final class InvitationPage extends Page {

  public InvitationPage(Browser browser) {
    super(browser);
  }

  public static InvitationPage open(Browser browser, String link) {
    browser.visit(link);
    return new InvitationPage(browser);
  }

  public String circle() {
    return text("invitation-circle");
  }

  public void accept(String lastName, String firstName, String password, String repeated) {
    type("invitation-form:last-name", lastName);
    type("invitation-form:first-name", firstName);
    type("invitation-form:password", password);
    type("invitation-form:repeated", repeated);
    press("invitation-form:accept");
  }

  public boolean offersForm() {
    return shows("invitation-form");
  }

  public boolean saysUnusable() {
    return shows("invitation-unusable");
  }
}
