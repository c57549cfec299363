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
import java.util.Map;
import java.util.Optional;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.PortalRole;

/**
 * Maps the portal's URLs to its views and is the gate of every circle's space.
 *
 * <ul>
 *   <li>{@code /} shows the portal's home;
 *   <li>{@code /c/{slug}/{page}} enters the circle through the {@link TenantGate}, applies the
 *       page's {@link PageAccess} (anonymous → sign-in, non-member or wrong role → 403) and shows
 *       the view;
 *   <li>a person's own pages outside every circle — the inbox and its preferences, a resident's
 *       page — are for the signed-in ({@link #PERSONAL}); the unsubscribe and follow-confirmation
 *       pages a mail links to need no sign-in (their token decides);
 *   <li>{@code /admin/{page}} is for portal administrators ({@link AdminPages}); a page about one
 *       circle ({@code /admin/circles/{slug}}) enters it through the same gate;
 *   <li>an unknown circle or page is the portal's 404; a view asked for by its file name is 404
 *       too, so no page is reachable past this gate.
 * </ul>
 */
public class FrontController extends HttpFilter {

  private static final String CIRCLE_PREFIX = "/c/";
  private static final String ADMIN_PREFIX = "/admin/";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
  private static final String INVITATION = "/invitation";

  /** A page of its own outside every circle: its view, and whether it needs a signed-in person. */
  public record PersonalPage(String viewId, boolean signedIn) {}

  public static final Map<String, PersonalPage> PERSONAL =
      Map.of(
          "/inbox", new PersonalPage("/personal/inbox.xhtml", true),
          "/inbox/preferences", new PersonalPage("/personal/preferences.xhtml", true),
          "/me", new PersonalPage("/feedback/me.xhtml", true),
          "/unsubscribe", new PersonalPage("/personal/unsubscribe.xhtml", false),
          "/follow/confirm", new PersonalPage("/personal/follow-confirm.xhtml", false));

  /** The portal's own public pages outside every circle (search, drafts open for comment). */
  public static final Map<String, String> PORTAL_PAGES =
      Map.of(
          "/search", "/find/search.xhtml",
          "/open-for-comment", "/find/open-for-comment.xhtml");

  @Inject TenantGate gate;
  @Inject CirclePages pages;
  @Inject TenantContext tenant;
  @Inject ReadOnlyRequest readOnly;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
      readOnly.markReadOnly();
    }
    if (path.equals("/")) {
      request.getRequestDispatcher("/index.xhtml").forward(request, response);
    } else if (path.equals(INVITATION)) {
      // The link of an invitation e-mail: outside every circle, for the invited person only.
      response.setHeader("Cache-Control", "private, no-store");
      request.getRequestDispatcher("/administration/invitation.xhtml").forward(request, response);
    } else if (PORTAL_PAGES.containsKey(path)) {
      request.getRequestDispatcher(PORTAL_PAGES.get(path)).forward(request, response);
    } else if (PERSONAL.containsKey(path)) {
      showPersonalPage(PERSONAL.get(path), request, response);
    } else if (path.startsWith(CIRCLE_PREFIX)) {
      routeIntoCircle(path.substring(CIRCLE_PREFIX.length()), request, response);
    } else if (path.equals("/admin")) {
      response.sendRedirect(request.getContextPath() + ADMIN_PREFIX);
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
    Optional<CirclePages.Match> match =
        slash < 0 ? Optional.empty() : pages.match(rest.substring(slash + 1));
    if (gate.enter(slug, match.flatMap(CirclePages.Match::id).orElse(null)).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (slash < 0) {
      response.sendRedirect(request.getContextPath() + CIRCLE_PREFIX + slug + "/");
      return;
    }
    if (match.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CirclePage page = match.get().page();
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
    Optional<AdminPages.Match> match = AdminPages.match(rest);
    if (match.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (!tenant.getCaller().isSignedIn()) {
      response.sendRedirect(signInUrl(request));
    } else if (!tenant.getCaller().hasRole(PortalRole.PORTAL_ADMIN)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else if (match.get().page().inCircle() && gate.enter(match.get().slug(), null).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      response.setHeader("Cache-Control", "private, no-store");
      request.getRequestDispatcher(match.get().page().viewId()).forward(request, response);
    }
  }

  /** A person's own page; the inbox of a resident (who belongs to no circle) is their page. */
  private void showPersonalPage(
      PersonalPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "private, no-store");
    Caller caller = tenant.getCaller();
    if (page.signedIn() && !caller.isSignedIn()) {
      response.sendRedirect(signInUrl(request));
    } else if (page.viewId().equals(PERSONAL.get("/inbox").viewId()) && isOnlyResident(caller)) {
      response.sendRedirect(request.getContextPath() + "/me");
    } else {
      request.getRequestDispatcher(page.viewId()).forward(request, response);
    }
  }

  private static boolean isOnlyResident(Caller caller) {
    return caller.roles().equals(java.util.Set.of(PortalRole.RESIDENT));
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
