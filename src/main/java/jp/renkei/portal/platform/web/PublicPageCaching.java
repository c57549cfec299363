package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cache headers for public pages, set from the page ({@code <f:event type="preRenderView"
 * listener="#{publicPageCaching.apply}"/>}): an anonymous visitor's copy may be kept by browsers
 * and proxies for a minute; a signed-in person's copy, which shows their name, and a copy with a
 * message for the person who acted are private; an error page is never kept.
 */
@Named
@RequestScoped
public class PublicPageCaching {

  static final int PUBLIC_MAX_AGE_SECONDS = 60;

  public void apply() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    context.setResponseHeader("Vary", "Cookie");
    boolean errorPage = ((HttpServletResponse) context.getResponse()).getStatus() >= 400;
    // A message is for the person who acted (a receipt number, a form's errors): never shared.
    boolean forOnePerson = !faces.getMessageList().isEmpty();
    if (errorPage) {
      context.setResponseHeader("Cache-Control", "no-store");
    } else if (context.getUserPrincipal() == null && !forOnePerson) {
      context.setResponseHeader("Cache-Control", "public, max-age=" + PUBLIC_MAX_AGE_SECONDS);
    } else {
      context.setResponseHeader("Cache-Control", "private, no-store");
    }
  }
}
