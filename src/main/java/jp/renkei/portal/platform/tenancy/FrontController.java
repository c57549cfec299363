package jp.renkei.portal.platform.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * Maps the portal's URLs to its views and is the gate of every circle's space.
 *
 * <ul>
 *   <li>{@code /} shows the portal's home;
 *   <li>{@code /c/{slug}/{page}} resolves the circle, enters the {@link TenantContext}, applies the
 *       page's {@link PageAccess} (anonymous → sign-in, non-member or wrong role → 403) and shows
 *       the view;
 *   <li>{@code /admin/{page}} is for portal administrators ({@link AdminPages});
 *   <li>an unknown circle or page is the portal's 404; a view asked for by its file name is 404
 *       too, so no page is reachable past this gate.
 * </ul>
 */
public class FrontController extends HttpFilter {

  private static final String CIRCLE_PREFIX = "/c/";
  private static final String ADMIN_PREFIX = "/admin/";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
  private static final String INVITATION = "/invitation";

  @Inject CircleCatalog circles;
  @Inject CirclePages pages;
  @Inject TenantContext tenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/")) {
      request.getRequestDispatcher("/index.xhtml").forward(request, response);
    } else if (path.equals(INVITATION)) {
      // The link of an invitation e-mail: outside every circle, for the invited person only.
      response.setHeader("Cache-Control", "private, no-store");
      request.getRequestDispatcher("/invitation.xhtml").forward(request, response);
    } else if (path.startsWith(CIRCLE_PREFIX)) {
      routeIntoCircle(path.substring(CIRCLE_PREFIX.length()), request, response);
    } else if (path.startsWith(ADMIN_PREFIX)) {
      routeToAdministration(path.substring(ADMIN_PREFIX.length()), request, response);
    } else if (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void routeIntoCircle(
      String rest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    int slash = rest.indexOf('/');
    String slug = slash < 0 ? rest : rest.substring(0, slash);
    Optional<CircleProfile> circle = circles.bySlug(slug);
    if (circle.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (slash < 0) {
      response.sendRedirect(request.getContextPath() + CIRCLE_PREFIX + slug + "/");
      return;
    }
    Optional<CirclePages.Match> match = pages.match(rest.substring(slash + 1));
    if (match.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CirclePage page = match.get().page();
    tenant.enter(circle.get(), match.get().id().orElse(null));
    switch (page.access().decide(tenant.getCaller(), tenant.isMember())) {
      case ALLOW -> showView(page, request, response);
      case SIGN_IN -> response.sendRedirect(signInUrl(request));
      case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** {@code /admin/{page}}: portal administrators only; never cached. */
  private void routeToAdministration(
      String rest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<AdminPages.AdminPage> page = AdminPages.match(rest);
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (!tenant.getCaller().isSignedIn()) {
      response.sendRedirect(signInUrl(request));
    } else if (!tenant.getCaller().hasRole(PortalRole.PORTAL_ADMIN)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.setHeader("Cache-Control", "private, no-store");
      request.getRequestDispatcher(page.get().viewId()).forward(request, response);
    }
  }

  private static void showView(
      CirclePage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (page.access().membersOnly()) {
      response.setHeader("Cache-Control", "private, no-store");
    }
    request.getRequestDispatcher(page.viewId()).forward(request, response);
  }

  static String signInUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    return request.getContextPath()
        + "/signin?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
