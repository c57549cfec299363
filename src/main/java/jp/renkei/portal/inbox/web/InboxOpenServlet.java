package jp.renkei.portal.inbox.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.inbox.boundary.Inbox;

/**
 * {@code /inbox/open?id=12}: the person opens one of their notifications — it is marked read and
 * they go where it leads. Another person's, or none, leads back to the inbox.
 */
@WebServlet("/inbox/open")
public class InboxOpenServlet extends HttpServlet {

  @Inject Inbox inbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + "/signin?next=%2Finbox");
      return;
    }
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendRedirect(request.getContextPath() + "/inbox");
      return;
    }
    String target = inbox.open(id).orElse("/inbox");
    response.sendRedirect(request.getContextPath() + target);
  }
}
