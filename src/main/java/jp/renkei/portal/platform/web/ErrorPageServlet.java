package jp.renkei.portal.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.security.DenialLog;

/**
 * Every error the container catches ends here (see {@code web.xml}): the failure is logged for the
 * operators, and the person sees the portal's own page for the status, in their language.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
  public static final String PATH = "/error";
  static final String VIEW = "/WEB-INF/errors/error.xhtml";
  public static final String STATUS_ATTRIBUTE = "renkei.error.status";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    show(
        request,
        response,
        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
        (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
        String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
  }

  /**
   * Shows the portal's page for the failure (its kind decides the status) or, without one, for the
   * status; logs an unexpected failure with its stack trace and a denial in one line.
   */
  static void show(
      HttpServletRequest request,
      HttpServletResponse response,
      Throwable failure,
      Integer status,
      String requestUri)
      throws ServletException, IOException {
    if (failure != null) {
      FailureKind kind = FailureKind.of(failure);
      status = kind.status();
    }
    if (failure != null && status >= 500) {
      LOG.log(Level.SEVERE, "Request to " + requestUri + " failed", failure);
    }
    if (status == null) {
      // Asked for directly, not by the container.
      status = HttpServletResponse.SC_NOT_FOUND;
    }
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      String path =
          requestUri.substring(Math.min(requestUri.length(), request.getContextPath().length()));
      DenialLog.denied(
          request.getRemoteUser(),
          DenialLog.circleOf(path),
          request.getMethod() + " " + path,
          failure == null ? "no access to the page" : String.valueOf(failure.getMessage()));
    }
    request.setAttribute(STATUS_ATTRIBUTE, status);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      response.setHeader("Retry-After", "60");
    }
    if (response.isCommitted()) {
      // Faces has already sent the status line (an expired form answered from inside Faces): the
      // container includes this page, and a forward is no longer possible.
      request.getRequestDispatcher(VIEW).include(request, response);
    } else {
      request.getRequestDispatcher(VIEW).forward(request, response);
    }
  }
}
