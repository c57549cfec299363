package jp.renkei.portal.inbox.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.renkei.portal.inbox.boundary.Preferences;
import jp.renkei.portal.inbox.entity.InboxRefused;

/**
 * The {@code List-Unsubscribe} address of every mail (RFC 8058): a mail program POSTs {@code
 * List-Unsubscribe=One-Click} to it and the mail of that category stops, without sign-in. A GET — a
 * person, or a link checker that opened it — only leads to the page that asks first. A forged token
 * is a 400 and changes nothing.
 */
@WebServlet("/unsubscribe/one-click")
public class OneClickUnsubscribeServlet extends HttpServlet {

  @Inject Preferences preferences;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      preferences.unsubscribe(request.getParameter("token"));
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Unsubscribed / 配信を停止しました\n");
    } catch (InboxRefused e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("token");
    response.sendRedirect(
        request.getContextPath()
            + "/unsubscribe?token="
            + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
  }
}
