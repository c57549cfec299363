package jp.renkei.portal.administration.web;

import jp.renkei.portal.administration.control.InvitationMail;
import jp.renkei.portal.identity.control.KeycloakPeople;
import jp.renkei.portal.identity.control.KeycloakUnavailable;
import jp.renkei.portal.platform.rules.Refusal;
import jp.renkei.portal.platform.web.FacesMessages;

/**
 * Runs an administrative step from a page: on success a message and the next page; otherwise the
 * reason in the person's language — a rule, Keycloak refusing or down, the mail server — and the
 * promise that nothing changed (the boundary undid what it had done).
 */
final class AdminSteps {

  private AdminSteps() {}

  static boolean run(Runnable step, String doneKey, String nextPath, Object... arguments) {
    return attempt(
        () -> {
          step.run();
          FacesMessages.doneAndGoTo(doneKey, nextPath, arguments);
        });
  }

  /** Runs a step that says itself where to go; on failure, the reason as a message. */
  static boolean attempt(Runnable step) {
    try {
      step.run();
      return true;
    } catch (Refusal e) {
      FacesMessages.error(e.messageKey());
    } catch (KeycloakPeople.AccountExists e) {
      FacesMessages.error("admin.error.account-exists");
    } catch (KeycloakUnavailable e) {
      FacesMessages.error("admin.error.keycloak");
    } catch (InvitationMail.MailNotSent e) {
      FacesMessages.error("admin.error.mail");
    }
    return false;
  }

  /** A ratio typed by a person (full-width digits too): below 100, three decimals; or null. */
  static java.math.BigDecimal decimal(String typed) {
    return jp.renkei.portal.platform.text.TypedNumbers.decimal(typed, 2, 3)
        .filter(d -> d.signum() >= 0)
        .orElse(null);
  }
}
