package jp.renkei.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.renkei.portal.consultation.boundary.CalendarSubscriptions;
import jp.renkei.portal.consultation.control.CalendarExport;
import jp.renkei.portal.platform.address.RequestUrls;

/**
 * {@code /calendar/{token}.ics}: a person's private calendar subscription. Calendar applications
 * cannot sign in, so the secret token in the address is the credential; an unknown or revoked one
 * is a plain 404, the same as an address that never existed.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  @Inject CalendarSubscriptions subscriptions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.endsWith(".ics")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String token = path.substring(1, path.length() - ".ics".length());
    Optional<String> calendar = subscriptions.calendar(token, RequestUrls.base(request) + "/c/");
    if (calendar.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] ics = calendar.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType(CalendarExport.MEDIA_TYPE);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    response.setContentLength(ics.length);
    response.getOutputStream().write(ics);
  }
}
