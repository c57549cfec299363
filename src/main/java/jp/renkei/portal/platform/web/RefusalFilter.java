package jp.renkei.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import jp.renkei.portal.platform.Causes;

/**
 * Answers a refusal — a record not there or not the caller's (404), an action not theirs (403) —
 * that a page's view (inside Faces) or a download or feed threw, with the portal's error page for
 * it ({@link ErrorPageServlet#show}), which logs a denial in one line. Past this filter the
 * container logged each such try twice with its stack trace (the denial harness alone left 27,000
 * lines), for what is ordinary bad input. Mapped around the Faces servlet and the circles' exports
 * and feeds, for requests and the front controller's forwards.
 */
public class RefusalFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RefusalFilter.class.getName());

  /** Marks a request whose refusal is being answered: the error page's own view passes through. */
  private static final String REFUSAL_ATTRIBUTE = "renkei.error.refusal";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(REFUSAL_ATTRIBUTE) != null) {
      // The error page's own view, forwarded to while a refusal is answered.
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException failure) {
      RuntimeException refusal = refusalIn(failure);
      if (refusal == null) {
        throw failure;
      }
      answer(request, response, refusal);
    }
  }

  private static void answer(
      HttpServletRequest request, HttpServletResponse response, RuntimeException refusal)
      throws IOException, ServletException {
    request.setAttribute(REFUSAL_ATTRIBUTE, refusal);
    Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwardedFrom != null ? forwardedFrom.toString() : request.getRequestURI();
    if (response.isCommitted()) {
      // Part of the page had gone out before the refusal: nothing more can be said to the person.
      LOG.info(() -> "Refused after the page began: " + uri + " (" + refusal.getMessage() + ")");
      return;
    }
    // Shown here, inside the forward: the container's error page for a status sent from inside a
    // forward could only be included after it, where Faces no longer finds the page's view.
    response.resetBuffer();
    ErrorPageServlet.show(request, response, refusal, null, uri);
  }

  /** The not-found or forbidden refusal the failure wraps, or null for any other failure. */
  static RuntimeException refusalIn(Throwable failure) {
    return Causes.of(failure)
        .filter(t -> t instanceof NotFoundException || t instanceof ForbiddenException)
        .map(RuntimeException.class::cast)
        .findFirst()
        .orElse(null);
  }
}
