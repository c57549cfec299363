package jp.renkei.portal.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.platform.tenancy.CirclePages;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.search.control.SearchIndex;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A circle's sitemap names its public pages and public documents, and nothing else. */
class SitemapsTest {

  private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);

  private TextIndex text;
  private Sitemaps sitemaps;

  @BeforeEach
  void sitemaps() throws Exception {
    text = new TextIndex(new ByteBuffersDirectory());
    text.replace(
        List.of(),
        List.of(
            doc(1, "aomori", "/c/aomori/agreements/1", 3, PUBLIC),
            doc(2, "aomori", "/c/aomori/agreements/2", 4, Set.of(Readers.centralCity("aomori"))),
            doc(3, "aomori", "/c/aomori/notices#notice-3", 5, PUBLIC),
            doc(4, "aomori", "/c/aomori/notices#notice-4", 9, PUBLIC),
            doc(5, "aomori", "/c/aomori/consultations/5", 6, PUBLIC),
            doc(6, "aomori", "/c/aomori/vision/versions/6?v=2", 7, PUBLIC),
            doc(7, "nagano", "/c/nagano/agreements/7", 8, PUBLIC)));
    text.commit(1);
    sitemaps = new Sitemaps();
    sitemaps.pages = new CirclePages();
    sitemaps.tenants = new Circles();
    sitemaps.index =
        new SearchIndex() {
          @Override
          public TextIndex index() {
            return text;
          }
        };
  }

  @AfterEach
  void close() {
    text.close();
  }

  @Test
  void aCircleListsItsPublicPagesThenItsPublicDocumentsNewestFirst() {
    List<Sitemaps.Entry> entries = sitemaps.ofCircle("aomori").orElseThrow();
    List<String> paths = entries.stream().map(Sitemaps.Entry::path).toList();
    assertEquals("/c/aomori/", paths.get(0), "the circle's home first");
    assertTrue(paths.contains("/c/aomori/agreements"), paths.toString());
    assertTrue(paths.contains("/c/aomori/agreements/1"), "the published agreement");
    assertTrue(paths.contains("/c/aomori/vision/versions/6?v=2"), "a public page with its query");
    for (String never :
        List.of(
            "/c/aomori/agreements/2", // a draft the central city reads
            "/c/aomori/consultations/5", // a members' page, whatever the index says
            "/c/aomori/calendar",
            "/c/aomori/people",
            "/c/aomori/notices.atom",
            "/c/nagano/agreements/7")) {
      assertTrue(!paths.contains(never), never + " in " + paths);
    }
    assertEquals(paths.size(), Set.copyOf(paths).size(), "each page once: " + paths);
    assertTrue(paths.stream().noneMatch(p -> p.contains("#")), paths.toString());
    assertEquals(
        Optional.of(LocalDate.of(2026, 11, 9)),
        entries.stream()
            .filter(e -> e.path().equals("/c/aomori/notices"))
            .map(Sitemaps.Entry::lastModified)
            .findFirst(),
        "the notices page changed with its newest notice");
  }

  @Test
  void anUnknownCircleHasNoSitemap() {
    assertEquals(Optional.empty(), sitemaps.ofCircle("tokyo"));
    assertEquals(List.of("aomori", "nagano"), sitemaps.circles());
    assertEquals(
        List.of("/", "/open-for-comment"),
        sitemaps.ofPortal().stream().map(Sitemaps.Entry::path).toList());
  }

  private static SearchDocument doc(
      long id, String circle, String path, int day, Set<String> readers) {
    LocalDate date = LocalDate.of(2026, 11, day);
    return new SearchDocument(
        "t:" + id,
        "t",
        id,
        SearchKind.NOTICE,
        circle,
        Set.of(2),
        "題" + id,
        "Title " + id,
        "本文",
        path,
        2026,
        date,
        readers);
  }

  private static final class Circles implements TenantDirectory {
    private final List<Tenant> circles =
        List.of(
            new Tenant(1, "aomori", Set.of("022012"), Set.of("022012", "023035")),
            new Tenant(2, "nagano", Set.of("202011"), Set.of("202011", "202070")));

    @Override
    public Optional<Tenant> tenantBySlug(String slug) {
      return circles.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    @Override
    public List<Tenant> tenants() {
      return circles;
    }
  }
}
