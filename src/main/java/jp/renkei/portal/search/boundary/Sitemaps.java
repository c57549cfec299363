package jp.renkei.portal.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.portal.platform.tenancy.CirclePage;
import jp.renkei.portal.platform.tenancy.CirclePages;
import jp.renkei.portal.platform.tenancy.PageAccess;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.search.control.SearchIndex;
import jp.renkei.portal.search.control.TextIndex.Listed;

/**
 * What the portal tells search engines to fetch, so that a resident who asks one for the draft
 * vision of their city finds the portal's page: one sitemap per circle — its public pages and the
 * page of every document anybody may read — and one for the portal's own pages.
 *
 * <p>A document is listed when the search index lets everybody find it and the circle's page for it
 * is a public one: the same rule an anonymous search applies, checked again against the page
 * registry ({@link CirclePages}), so a draft, a member's page or another circle's page is never
 * named.
 *
 * <pre>{@code
 * sitemaps.ofCircle("aomori"); // /c/aomori/, /c/aomori/notices, …, /c/aomori/agreements/1, …
 * }</pre>
 */
@ApplicationScoped
public class Sitemaps {

  /** The most addresses one sitemap may list (sitemaps.org); a circle lists its newest. */
  public static final int MOST_PER_SITEMAP = 50_000;

  /** The portal's pages outside every circle that a visitor reads. */
  static final List<String> PORTAL_PAGES = List.of("/", "/open-for-comment");

  @Inject TenantDirectory tenants;
  @Inject CirclePages pages;
  @Inject SearchIndex index;

  /** An address and, when known, the day its content was published or last changed. */
  public record Entry(String path, LocalDate lastModified) {}

  /** The circles' addresses ({@code aomori}), in the order they were created. */
  public List<String> circles() {
    return tenants.tenants().stream().map(Tenant::slug).toList();
  }

  /** The public pages of a circle and of its public documents; empty for no such circle. */
  public Optional<List<Entry>> ofCircle(String slug) {
    if (tenants.tenantBySlug(slug).isEmpty()) {
      return Optional.empty();
    }
    String prefix = "/c/" + slug + "/";
    Map<String, LocalDate> entries = new LinkedHashMap<>();
    for (CirclePage page : pages.all()) {
      if (isPublic(page) && !page.hasId() && !page.path().contains(".")) {
        entries.put(prefix + page.path(), null);
      }
    }
    for (Listed listed : index.index().publicPages(slug, MOST_PER_SITEMAP)) {
      String path = withoutFragment(listed.path());
      if (!path.startsWith(prefix) || !isPublicPage(path.substring(prefix.length()))) {
        continue;
      }
      if (!entries.containsKey(path) && entries.size() == MOST_PER_SITEMAP) {
        break;
      }
      LocalDate known = entries.get(path);
      if (known == null || (listed.date() != null && listed.date().isAfter(known))) {
        entries.put(path, listed.date());
      }
    }
    List<Entry> listed = new ArrayList<>(entries.size());
    entries.forEach((path, day) -> listed.add(new Entry(path, day)));
    return Optional.of(listed);
  }

  /** The portal's own public pages. */
  public List<Entry> ofPortal() {
    return PORTAL_PAGES.stream().map(path -> new Entry(path, null)).toList();
  }

  private boolean isPublicPage(String pathInCircle) {
    int query = pathInCircle.indexOf('?');
    return pages
        .match(query < 0 ? pathInCircle : pathInCircle.substring(0, query))
        .map(m -> isPublic(m.page()))
        .orElse(false);
  }

  private static boolean isPublic(CirclePage page) {
    return PageAccess.PUBLIC.equals(page.access());
  }

  /** A notice's address names its place on the circle's notice page: the page is what is listed. */
  static String withoutFragment(String path) {
    int hash = path.indexOf('#');
    return hash < 0 ? path : path.substring(0, hash);
  }
}
