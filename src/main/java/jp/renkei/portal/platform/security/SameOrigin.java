package jp.renkei.portal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a state-changing request comes from the portal's own pages, judged by the browser's
 * {@code Sec-Fetch-Site} and {@code Origin} headers.
 */
final class SameOrigin {

  private SameOrigin() {}

  static boolean isSameOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      return fetchSite.equals("same-origin") || fetchSite.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
      return uri.getHost().equalsIgnoreCase(request.getServerName())
          && port == request.getServerPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
