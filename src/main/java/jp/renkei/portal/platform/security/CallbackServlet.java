package jp.renkei.portal.platform.security;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.portal.platform.i18n.Language;
import jp.renkei.portal.platform.i18n.LanguageChosen;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has already checked the code, state
 * and tokens when this runs; a signed-in person goes on to where they were going, anyone else (a
 * forged or replayed callback) to the portal's home, signed out. Who signed in from the portal's
 * home lands on their inbox (a resident on their own page).
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Inject Event<LanguageChosen> chosen;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    String target = SignInServlet.takeNext(request, response).value();
    chosen.fire(new LanguageChosen(request.getUserPrincipal().getName(), Language.of(request)));
    // From the portal's home, people land where their work is: their inbox.
    response.sendRedirect(request.getContextPath() + (target.equals("/") ? "/inbox" : target));
  }
}
