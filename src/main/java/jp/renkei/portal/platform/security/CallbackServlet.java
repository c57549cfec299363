package jp.renkei.portal.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has already checked the code, state
 * and tokens when this runs; a signed-in person goes on to where they were going, anyone else (a
 * forged or replayed callback) to the portal's home, signed out.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target =
        request.getUserPrincipal() != null
            ? SignInServlet.takeNext(request, response).value()
            : "/";
    response.sendRedirect(request.getContextPath() + target);
  }
}
