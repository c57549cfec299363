package jp.renkei.portal.platform.address;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's own absolute address as the browser used it, for links that leave the page (feed
 * entries, Keycloak's post-logout redirect).
 *
 * <pre>{@code
 * RequestUrls.base(request) + "/c/aomori/notices"; // http://127.0.0.1:8080/c/aomori/notices
 * }</pre>
 */
public final class RequestUrls {

  private RequestUrls() {}

  /** Scheme, host, port and context path, without a trailing slash. */
  public static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
