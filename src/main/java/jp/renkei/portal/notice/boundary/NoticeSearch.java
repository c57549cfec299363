package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.search.boundary.Findable;
import jp.renkei.portal.search.boundary.Readers;
import jp.renkei.portal.search.boundary.SearchSource;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/** The circle's public notices, for search: everybody reads them. */
@ApplicationScoped
public class NoticeSearch implements SearchSource {

  static final String NAME = "notice";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject JapanClock clock;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SearchDocument> all() {
    return em.createQuery("SELECT n FROM Notice n WHERE n.circleId = :circle", Notice.class)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .filter(n -> n.isPublishedAt(clock.now()))
        .map(this::documentOf)
        .toList();
  }

  @Override
  public List<SearchDocument> of(long record) {
    Notice notice = em.find(Notice.class, record);
    // A prepared notice is found from its publication on, not a second before.
    return notice == null
            || notice.circleId() != tenant.circleId()
            || !notice.isPublishedAt(clock.now())
        ? List.of()
        : List.of(documentOf(notice));
  }

  private SearchDocument documentOf(Notice n) {
    var circle = currentCircle.profile();
    return Findable.in(circle.slug(), circle.prefectures())
        .document(
            NAME,
            n.id(),
            "",
            SearchKind.NOTICE,
            n.titleJa(),
            n.titleEn(),
            n.bodyJa() + "\n" + n.bodyEn(),
            n.link() == null || n.link().isEmpty()
                ? "/c/" + circle.slug() + "/notices#notice-" + n.id()
                : "/c/" + circle.slug() + "/" + n.link(),
            n.publishedAt().atZone(JapanClock.JAPAN).toLocalDate(),
            Set.of(Readers.PUBLIC));
  }
}
