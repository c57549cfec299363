package jp.renkei.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jp.renkei.portal.consultation.boundary.CalendarSubscriptions;
import jp.renkei.portal.consultation.entity.CalendarFeed;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;

/**
 * {@code /c/{slug}/calendar}: the caller's private calendar address for the consultations of their
 * municipality. The address is shown once, right after it is made (only its hash is kept); a new
 * one replaces it, and revoking ends it.
 */
@Named
@RequestScoped
public class CalendarView {

  @Inject CalendarSubscriptions subscriptions;
  @Inject TenantContext tenant;
  @Inject HttpServletRequest request;

  private String freshUrl;
  private Optional<CalendarFeed> current;

  public Optional<CalendarFeed> getCurrent() {
    if (current == null) {
      current = subscriptions.current();
    }
    return current;
  }

  /** The new address, on the page right after it was made; never again. */
  public String getFreshUrl() {
    return freshUrl;
  }

  /** Makes a new address and shows it on this response (a redirect would lose it). */
  public void renew() {
    freshUrl = RequestUrls.base(request) + "/calendar/" + subscriptions.renew() + ".ics";
    current = null;
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.text(context.getViewRoot().getLocale(), "calendar.done.renewed"),
            null));
  }

  public void revoke() {
    subscriptions.revoke();
    FacesMessages.doneAndGo("calendar.done.revoked", tenant.getSlug(), "calendar");
  }
}
