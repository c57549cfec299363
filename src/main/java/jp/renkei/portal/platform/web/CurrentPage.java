package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

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

  /**
   * This page's address with one query parameter set to {@code value} (or dropped when null), the
   * others kept: a pager's link that stays on the version or tab the person chose.
   */
  public String withParameter(String name, String value) {
    return withParameter(getPath(), name, value);
  }

  static String withParameter(String path, String name, String value) {
    int question = path.indexOf('?');
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    if (question >= 0) {
      for (String pair : path.substring(question + 1).split("&")) {
        if (!pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "=")) {
          query.add(pair);
        }
      }
    }
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return (question >= 0 ? path.substring(0, question) : path) + query;
  }

  /** {@link #getPath()} encoded to travel as a query parameter ({@code next=…}). */
  public String getEncodedPath() {
    return URLEncoder.encode(getPath(), StandardCharsets.UTF_8);
  }
}
