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

/**
 * Failures that are ordinary bad input get the portal's error page and one log line without a stack
 * trace — a stack trace per try would let anybody fill the log:
 *
 * <ul>
 *   <li>a form sent with a view state the portal does not know — expired with the session, kept
 *       from another session, or forged: the "this page expired, reload it" page with 409;
 *   <li>an address naming a record the caller may not see, or a step they may not take, found while
 *       the page renders ({@link NotFoundException}, {@link ForbiddenException}): 404 or 403.
 * </ul>
 *
 * Everything else goes on to the container's error page. Registered in {@code faces-config.xml}.
 */
public class OrdinaryFailureHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(OrdinaryFailureHandler.class.getName());

  /** The request attribute that tells the error page the form had expired. */
  public static final String EXPIRED_ATTRIBUTE = "renkei.error.expired-form";

  /** Makes the handler; the factory is what Faces knows. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new OrdinaryFailureHandler(getWrapped().getExceptionHandler());
    }
  }

  public OrdinaryFailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEvent event = events.next();
      FacesContext context = event.getContext().getContext();
      Throwable failure = event.getContext().getException();
      if (isUnknownFormState(event, context)) {
        events.remove();
        if (!context.getResponseComplete()) {
          answerExpired(context, failure);
        }
      } else if (isRefusedAddress(failure) && answerRefused(context, failure)) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  /**
   * A view state that cannot be restored: Faces says so with {@link ViewExpiredException}, and a
   * malformed one fails while the view is being restored from it.
   */
  private static boolean isUnknownFormState(ExceptionQueuedEvent event, FacesContext context) {
    for (Throwable t = event.getContext().getException(); t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW
        && context
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey("jakarta.faces.ViewState");
  }

  private static boolean isRefusedAddress(Throwable failure) {
    FailureKind kind = FailureKind.of(failure);
    return kind == FailureKind.NOT_FOUND || kind == FailureKind.FORBIDDEN;
  }

  /**
   * Answers 404 or 403 with the error page, when nothing of the page has gone out yet (Facelets
   * buffers 32 KB); false when it has, and the container answers as before.
   */
  private static boolean answerRefused(FacesContext context, Throwable failure) {
    ExternalContext external = context.getExternalContext();
    if (context.getResponseComplete() || external.isResponseCommitted()) {
      return false;
    }
    FailureKind kind = FailureKind.of(failure);
    LOG.info(
        () ->
            kind.status()
                + " for "
                + external.getRequestServletPath()
                + java.util.Objects.toString(external.getRequestPathInfo(), "")
                + ": "
                + rootOf(failure).getMessage());
    external.responseReset();
    try {
      external.responseSendError(kind.status(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
    return true;
  }

  private static void answerExpired(FacesContext context, Throwable failure) {
    ExternalContext external = context.getExternalContext();
    LOG.info(
        () ->
            "Form state not restored, expired-form page sent: "
                + external.getRequestServletPath()
                + " ("
                + rootOf(failure).getClass().getSimpleName()
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

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
