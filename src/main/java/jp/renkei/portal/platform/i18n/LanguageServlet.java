package jp.renkei.portal.platform.i18n;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.renkei.portal.platform.address.LocalPath;
import jp.renkei.portal.platform.address.PortalCookies;

/** {@code /lang?to=en&next=/c/aomori/}: switches the language for a year and goes back. */
@WebServlet("/lang")
public class LanguageServlet extends HttpServlet {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject Event<LanguageChosen> chosenEvent;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Language> chosen = Language.byTag(request.getParameter("to"));
    if (chosen.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.addCookie(PortalCookies.of(request, Language.COOKIE, chosen.get().tag(), ONE_YEAR));
    if (request.getUserPrincipal() != null) {
      chosenEvent.fire(new LanguageChosen(request.getUserPrincipal().getName(), chosen.get()));
    }
    String next = LocalPath.parse(request.getParameter("next")).orElse(LocalPath.ROOT).value();
    response.sendRedirect(request.getContextPath() + next);
  }
}
