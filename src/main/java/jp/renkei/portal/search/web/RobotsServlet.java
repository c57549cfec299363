package jp.renkei.portal.search.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.renkei.portal.platform.address.PortalUrl;

/**
 * {@code /robots.txt}: crawlers may read every public page and are told where the sitemaps are;
 * they are kept out of what only costs the instances and serves nobody found through a search
 * engine — the portal's search (uncached, one per question), sign-in, the personal pages,
 * administration, the language switch, unsubscribe links and the API.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

  static final List<String> DISALLOWED =
      List.of(
          "/search",
          "/signin",
          "/signout",
          "/callback",
          "/lang",
          "/inbox",
          "/me",
          "/admin",
          "/invitation",
          "/unsubscribe",
          "/follow/",
          "/calendar/",
          "/api/");

  @Inject PortalUrl portalUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder text = new StringBuilder("User-agent: *\n");
    DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
    text.append("\nSitemap: ").append(portalUrl.absolute("/sitemap.xml")).append('\n');
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", SitemapServlet.CACHE);
    response.getWriter().write(text.toString());
  }
}
