package jp.renkei.portal.platform.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The portal administrators' pages under {@code /admin/}: outside every circle, for the {@code
 * portal-admin} role only. The front controller answers 404 for anything not listed here, and the
 * denial tests try every entry as everybody else.
 */
public final class AdminPages {

  /** An administration page: {@code /admin/{path}} shows {@code viewId}. */
  public record AdminPage(String path, String viewId) {}

  public static final List<AdminPage> PAGES =
      List.of(
          new AdminPage("circles", "/admin/circles.xhtml"),
          new AdminPage("circle", "/admin/circle.xhtml"),
          new AdminPage("drift", "/admin/drift.xhtml"),
          new AdminPage("audit", "/admin/audit.xhtml"));

  private AdminPages() {}

  public static Optional<AdminPage> match(String path) {
    return PAGES.stream().filter(p -> p.path().equals(path)).findFirst();
  }
}
