package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** The status of the error page being shown, and the bundle keys that explain it. */
@Named
@RequestScoped
public class ErrorView {

  private static final Set<Integer> EXPLAINED = Set.of(401, 403, 404, 409, 413, 429, 500, 503);

  @Inject HttpServletRequest request;

  public int getStatus() {
    Object status = request.getAttribute(ErrorPageServlet.STATUS_ATTRIBUTE);
    return status instanceof Integer i ? i : 404;
  }

  /** Key prefix of the title and explanation, e.g. {@code error.404}. */
  public String getMessageKey() {
    if (request.getAttribute(ExpiredFormHandler.EXPIRED_ATTRIBUTE) != null) {
      return "error.expired";
    }
    int status = getStatus();
    return "error." + (EXPLAINED.contains(status) ? status : 500);
  }

  public boolean isSignInHelpful() {
    return getStatus() == 401 || getStatus() == 403 && request.getUserPrincipal() == null;
  }
}
