package jp.renkei.portal.platform.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The portal administrators' pages under {@code /admin/}: for the {@code portal-admin} role only. A
 * page about one circle carries its slug in the address ({@code circles/{slug}}): the front
 * controller enters that circle through the {@link TenantGate}, as for the circle's own pages, so
 * the administration's repositories are bound to it too. The front controller answers 404 for
 * anything not listed here, and the denial tests try every entry as everybody else.
 */
public final class AdminPages {

  static final String SLUG = "{slug}";

  /** An administration page: {@code /admin/{path}} shows {@code viewId}. */
  public record AdminPage(String path, String viewId) {

    /** True for a page about one circle, whose address names it. */
    public boolean inCircle() {
      return path.contains(SLUG);
    }

    /** The slug the address carries (empty string for a page outside circles), if it matches. */
    Optional<String> match(String requested) {
      if (!inCircle()) {
        return path.equals(requested) ? Optional.of("") : Optional.empty();
      }
      String prefix = path.substring(0, path.indexOf(SLUG));
      String suffix = path.substring(path.indexOf(SLUG) + SLUG.length());
      if (!requested.startsWith(prefix) || !requested.endsWith(suffix)) {
        return Optional.empty();
      }
      String slug = requested.substring(prefix.length(), requested.length() - suffix.length());
      return slug.isEmpty() || slug.contains("/") ? Optional.empty() : Optional.of(slug);
    }
  }

  public static final List<AdminPage> PAGES =
      List.of(
          new AdminPage("", "/administration/home.xhtml"),
          new AdminPage("circles", "/administration/circles.xhtml"),
          new AdminPage("circles/{slug}", "/administration/circle.xhtml"),
          new AdminPage("drift", "/administration/drift.xhtml"),
          new AdminPage("audit", "/administration/audit.xhtml"),
          new AdminPage("mail", "/administration/mail.xhtml"));

  private AdminPages() {}

  /** The page an address names, with the slug it carries (empty outside circles). */
  public static Optional<Match> match(String path) {
    for (AdminPage page : PAGES) {
      Optional<String> slug = page.match(path);
      if (slug.isPresent()) {
        return Optional.of(new Match(page, slug.get()));
      }
    }
    return Optional.empty();
  }

  /** A page and the circle its address named. */
  public record Match(AdminPage page, String slug) {}
}
