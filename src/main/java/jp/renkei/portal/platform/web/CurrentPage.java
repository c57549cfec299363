package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the person asked for, as they see it in the browser (not the view it was forwarded
 * to): the language switch and sign-in come back to it.
 */
@Named
@ApplicationScoped
public class CurrentPage {

  @Inject HttpServletRequest request;

  public String getPath() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String s ? s : request.getRequestURI();
    // The injected request may be the one the container received, before any forward.
    Object query =
        forwarded instanceof String
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    String path = uri.substring(request.getContextPath().length());
    if (path.startsWith("/WEB-INF/") || path.equals("/error")) {
      return "/";
    }
    return query instanceof String q && !q.isEmpty() ? path + "?" + q : path;
  }

  /** {@link #getPath()} encoded to travel as a query parameter ({@code next=…}). */
  public String getEncodedPath() {
    return java.net.URLEncoder.encode(getPath(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
