package jp.renkei.portal.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * Messages for the person who just acted, from the bundles, and the redirect after a successful
 * change (so that reloading does not repeat it), its message carried to the next page by {@link
 * CarriedMessages}.
 *
 * <pre>{@code
 * FacesMessages.error("consultation.error.slot-unmarked");
 * FacesMessages.doneAndGo("consultation.done.confirmed", "aomori", "consultations/12");
 * }</pre>
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void error(String messageKey, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.text(context.getViewRoot().getLocale(), messageKey, arguments),
            null));
    context.validationFailed();
  }

  /** A success message on the page this request renders (no redirect). */
  public static void info(String messageKey, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.text(context.getViewRoot().getLocale(), messageKey, arguments),
            null));
  }

  /** Redirects to a circle page, carrying a success message across the redirect. */
  public static void doneAndGo(String messageKey, String slug, String circlePath) {
    doneAndGoTo(messageKey, "/c/" + slug + "/" + circlePath);
  }

  /**
   * Redirects to a page of the portal ({@code /admin/circle?slug=aomori}), carrying a success
   * message (with its arguments) across the redirect.
   */
  public static void doneAndGoTo(String messageKey, String portalPath, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    FacesMessage done =
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.text(context.getViewRoot().getLocale(), messageKey, arguments),
            null);
    // A static helper, called from views and from Steps alike: the bean is looked up, not injected.
    CDI.current().select(CarriedMessages.class).get().carry(context, List.of(done));
    try {
      external.redirect(external.getRequestContextPath() + portalPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
