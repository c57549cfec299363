package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.identity.boundary.GroupDrift;
import jp.renkei.portal.identity.boundary.GroupDrift.DriftReport;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * {@code /admin/drift}: where the portal's circles and Keycloak's groups disagree, and a button
 * that creates the missing groups. When Keycloak cannot be reached the page says so.
 */
@Named
@RequestScoped
public class DriftView {

  @Inject GroupDrift drift;

  private DriftReport report;
  private boolean unavailable;

  public DriftReport getReport() {
    if (report == null && !unavailable) {
      try {
        report = drift.check();
      } catch (KeycloakUnavailable e) {
        unavailable = true;
      }
    }
    return report;
  }

  public boolean isUnavailable() {
    getReport();
    return unavailable;
  }

  public void repair() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      int created = drift.repair();
      say(context, FacesMessage.SEVERITY_INFO, "admin.drift.repaired", created);
    } catch (KeycloakUnavailable e) {
      say(context, FacesMessage.SEVERITY_ERROR, "admin.drift.unavailable");
    }
    report = null;
    unavailable = false;
  }

  private static void say(
      FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
    context.addMessage(
        null,
        new FacesMessage(
            severity, Messages.text(context.getViewRoot().getLocale(), key, arguments), null));
  }
}
