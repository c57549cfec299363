package jp.renkei.portal.platform.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A download or feed of a circle's space (CSV, iCalendar, PDF, Atom, materials). Such a servlet is
 * mapped under {@code /exports/…} or {@code /feeds/…} and registered in {@link CirclePages}; it is
 * reached only through the {@link FrontController}, which enters the circle and checks the page's
 * access first. Asked for by its own address, there is no circle, and it answers 404.
 *
 * <pre>{@code
 * @WebServlet("/exports/minutes-pdf")
 * public class MinutesPdfServlet extends CircleServlet {
 *   protected void respond(HttpServletRequest request, HttpServletResponse response) {
 *     sendPrivately(response, "application/pdf", "inline; filename=\"minutes.pdf\"", pdf);
 *   }
 * }
 * }</pre>
 */
public abstract class CircleServlet extends HttpServlet {

  @Inject protected TenantContext tenant;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!tenant.isActive()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    respond(request, response);
  }

  /** Answers the request; the circle is {@link #tenant}'s and the caller may open the page. */
  protected abstract void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException;

  /** Sends a body that only this caller may keep: never stored by a shared or browser cache. */
  protected static void sendPrivately(
      HttpServletResponse response, String contentType, String disposition, byte[] body)
      throws IOException {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
