package jp.renkei.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no framing by other sites, no MIME sniffing, no referrer leaking
 * to other sites, and a content security policy that keeps everything to the portal's own origin.
 */
public class SecurityHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    // Everything from the portal itself: no script, style, font or image from another site, no
    // plugins, no framing, no foreign base. Inline scripts are still allowed: PrimeFaces renders
    // its
    // settings and the KPI chart inline, and its own nonce mode (primefaces.CSP) creates a session
    // on every public page and broke the journeys — see the README's security section.
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self';"
            + " img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    chain.doFilter(request, response);
  }
}
