package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * A circle's public notice board (公表): other contexts publish what the guideline says to make
 * public; residents, the feed and the API read it, a page at a time.
 *
 * <pre>{@code
 * board.publish(circleId, NoticeKind.AGREEMENT_DRAFT, titleJa, titleEn, bodyJa, bodyEn, "agreements/12");
 * board.page(circleId, 1);
 * }</pre>
 */
@ApplicationScoped
public class NoticeBoard {

  public static final int PAGE_SIZE = 20;

  @PersistenceContext EntityManager em;
  @Inject JapanClock clock;

  /** Publishes a notice now; part of the caller's transaction, so it appears with the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notice publish(
      long circleId,
      NoticeKind kind,
      String titleJa,
      String titleEn,
      String bodyJa,
      String bodyEn,
      String link) {
    Notice notice = new Notice(circleId, kind, titleJa, titleEn, bodyJa, bodyEn, link, clock.now());
    em.persist(notice);
    return notice;
  }

  /** Page {@code page} (from 1) of the circle's notices, newest first. */
  public NoticePage page(long circleId, int page) {
    long total =
        em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.circleId = :circle", Long.class)
            .setParameter("circle", circleId)
            .getSingleResult();
    int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pageCount);
    List<Notice> notices =
        em.createQuery(
                "SELECT n FROM Notice n WHERE n.circleId = :circle"
                    + " ORDER BY n.publishedAt DESC, n.id DESC",
                Notice.class)
            .setParameter("circle", circleId)
            .setFirstResult((current - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    return new NoticePage(notices, current, pageCount);
  }
}
