package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * Tells the person when the form they sent is no longer on the page: somebody else changed the
 * thing in the meantime (the minutes became final, the consultation was confirmed), so Faces
 * rebuilt the page without that form and nothing was done. Without this, the page would simply come
 * back as if nothing had happened. Both templates call it before rendering:
 *
 * <pre>{@code
 * <f:event type="preRenderView" listener="#{vanishedForm.check}"/>
 * }</pre>
 */
@Named("vanishedForm")
@ApplicationScoped
public class VanishedFormNotice {

  public void check() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!context.isPostback() || !context.getMessageList().isEmpty()) {
      return;
    }
    Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      // Every h:form sends a field named like the form itself; that is how a form is recognised.
      boolean formMarker = parameter.getKey().equals(parameter.getValue());
      if (formMarker && context.getViewRoot().findComponent(parameter.getKey()) == null) {
        context.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                Messages.text(context.getViewRoot().getLocale(), "portal.error.page-changed"),
                null));
        return;
      }
    }
  }
}
