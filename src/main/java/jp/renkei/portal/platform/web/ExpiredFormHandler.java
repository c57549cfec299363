package jp.renkei.portal.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import jp.renkei.portal.platform.Causes;

/**
 * A form sent with a view state the portal does not know — expired with the session, kept from
 * another session, or forged — gets the portal's "this page expired, reload it" page with 409, and
 * one log line without a stack trace: it is ordinary bad input, and a stack trace per try would let
 * anybody fill the log. Everything else goes on to the container's error page. Registered in {@code
 * faces-config.xml}.
 */
public class ExpiredFormHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ExpiredFormHandler.class.getName());

  /** The request attribute that tells the error page the form had expired. */
  public static final String EXPIRED_ATTRIBUTE = "renkei.error.expired-form";

  /** Makes the handler; the factory is what Faces knows. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredFormHandler(getWrapped().getExceptionHandler());
    }
  }

  public ExpiredFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEvent event = events.next();
      FacesContext context = event.getContext().getContext();
      if (isUnknownFormState(event, context)) {
        events.remove();
        if (!context.getResponseComplete()) {
          answerExpired(context, event.getContext().getException());
        }
      }
    }
    getWrapped().handle();
  }

  /**
   * A view state that cannot be restored: Faces says so with {@link ViewExpiredException}, and a
   * malformed one fails while the view is being restored from it.
   */
  private static boolean isUnknownFormState(ExceptionQueuedEvent event, FacesContext context) {
    if (Causes.find(event.getContext().getException(), ViewExpiredException.class).isPresent()) {
      return true;
    }
    return event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW
        && context
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey("jakarta.faces.ViewState");
  }

  private static void answerExpired(FacesContext context, Throwable failure) {
    ExternalContext external = context.getExternalContext();
    LOG.info(
        () ->
            "Form state not restored, expired-form page sent: "
                + external.getRequestServletPath()
                + " ("
                + Causes.root(failure).getClass().getSimpleName()
                + ")");
    external.getRequestMap().put(EXPIRED_ATTRIBUTE, Boolean.TRUE);
    try {
      external.responseSendError(FailureKind.EXPIRED.status(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new FacesException("response already committed", failure);
    }
    context.responseComplete();
  }
}
