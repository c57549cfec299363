package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.notice.entity.NoticeText;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.jobs.DuePublications;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The request's circle's public notice board (公表): other contexts publish what the guideline says
 * to make public, in Japanese and English at once; residents, the feed and the API read it, a page
 * at a time.
 *
 * <pre>{@code
 * board.publish(NoticeKind.VISION_ADOPTED, "vision", "notice.vision.adopted",
 *     locale -> new Object[] {title, OfficialDates.fiscalYear(start, locale)});
 * board.page(1);
 * }</pre>
 */
@ApplicationScoped
public class NoticeBoard implements DuePublications {

  public static final int PAGE_SIZE = 20;

  private static final Pattern AGREEMENT_LINK = Pattern.compile("agreements/(\\d+)");

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;
  @Inject Notifications notifications;
  @Inject SearchIndexing indexing;

  /**
   * Publishes a notice whose title and body are the bundle's {@code keyPrefix.title} and {@code
   * keyPrefix.body}, filled with each language's {@code arguments}; part of the caller's
   * transaction, so it appears with the change. {@code link} is relative to the circle's space.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notice publish(
      NoticeKind kind, String link, String keyPrefix, Function<Locale, Object[]> arguments) {
    return publish(
        kind,
        link,
        locale -> Messages.text(locale, keyPrefix + ".title", arguments.apply(locale)),
        locale -> Messages.text(locale, keyPrefix + ".body", arguments.apply(locale)));
  }

  /** Publishes a notice whose title and body each language writes for itself. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notice publish(
      NoticeKind kind, String link, Function<Locale, String> title, Function<Locale, String> body) {
    Notice notice =
        new Notice(
            tenant.circleId(),
            kind,
            title.apply(Locale.JAPANESE),
            title.apply(Locale.ENGLISH),
            body.apply(Locale.JAPANESE),
            body.apply(Locale.ENGLISH),
            link,
            clock.now());
    em.persist(notice);
    em.flush();
    indexing.changed(NoticeSearch.NAME, notice.id());
    notifications.announce(
        new Announcement(
            Category.INFORMATION,
            "notice." + kind.name(),
            title,
            body,
            link,
            List.of(followersOf(link)),
            null));
    return notice;
  }

  /**
   * A notice the central city wrote: published at once, or prepared for {@code at}, when the
   * publication job announces it. Part of the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notice write(NoticeText text, Instant at, String author) {
    Notice notice = Notice.written(tenant.circleId(), text, at, author, clock.now());
    em.persist(notice);
    em.flush();
    announceIfDue(notice);
    return notice;
  }

  /** The circle's notices prepared for a later time, soonest first: for the central city. */
  public List<Notice> scheduled() {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.circleId = :circle AND n.publishedAt > :now"
                + " AND n.withdrawnAt IS NULL ORDER BY n.publishedAt, n.id",
            Notice.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("now", utcNow())
        .getResultList();
  }

  /**
   * Which of {@code ids} are notices of the request's circle that are published — or, with {@code
   * scheduled}, prepared for later — and not withdrawn; in one query.
   */
  public java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids, boolean scheduled) {
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    var query =
        em.createQuery(
                "SELECT n.id FROM Notice n WHERE n.circleId = :circle AND n.id IN :ids"
                    + " AND n.withdrawnAt IS NULL"
                    + (scheduled ? "" : " AND n.publishedAt <= :now"),
                Long.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("ids", ids);
    if (!scheduled) {
      query.setParameter("now", utcNow());
    }
    return new java.util.HashSet<>(query.getResultList());
  }

  /** A notice of the request's circle, published or not; empty for another circle's id. */
  public java.util.Optional<Notice> find(long id) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.id = :id AND n.circleId = :circle", Notice.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** A notice of the request's circle, locked for a change; empty for another circle's id. */
  public java.util.Optional<Notice> forChange(long id) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.id = :id AND n.circleId = :circle", Notice.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * Announces the circle's prepared notices whose time has come: searchable, and the followers
   * told. Each once, whatever the scheduler does (the row is locked and marked).
   */
  @Override
  @Transactional
  public int publishDue() {
    List<Notice> due =
        em.createQuery(
                "SELECT n FROM Notice n WHERE n.circleId = :circle AND n.announced = FALSE"
                    + " AND n.publishedAt <= :now AND n.withdrawnAt IS NULL",
                Notice.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("now", utcNow())
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int announced = 0;
    for (Notice notice : due) {
      if (announceIfDue(notice)) {
        announced++;
      }
    }
    return announced;
  }

  private boolean announceIfDue(Notice notice) {
    if (!notice.announceIfDue(clock.now())) {
      return false;
    }
    indexing.changed(NoticeSearch.NAME, notice.id());
    notifications.announce(
        new Announcement(
            Category.INFORMATION,
            "notice." + notice.kind().name(),
            locale -> notice.title(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())),
            locale -> notice.body(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())),
            "notices",
            List.of(followersOf("")),
            null));
    return true;
  }

  /** Now, as the columns hold it (UTC). */
  private java.time.LocalDateTime utcNow() {
    return java.time.LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
  }

  /**
   * Who follows what a notice is about: the circle's followers, and those of the document its link
   * names — an agreement ({@code agreements/12}) or the vision ({@code vision…}).
   */
  static Audience followersOf(String link) {
    if (link == null) {
      return Audience.followers(null, 0);
    }
    Matcher agreement = AGREEMENT_LINK.matcher(link);
    if (agreement.lookingAt()) {
      return Audience.followers(Audience.AGREEMENT, Long.parseLong(agreement.group(1)));
    }
    if (link.startsWith("vision")) {
      return Audience.followers(Audience.VISION, 0);
    }
    return Audience.followers(null, 0);
  }

  /**
   * The newest notices of every circle — they are all public — for the portal-wide feed: not bound
   * to the request's circle, since it spans them all.
   */
  public List<Notice> latestEverywhere(int max) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.publishedAt <= :now AND n.withdrawnAt IS NULL"
                + " ORDER BY n.publishedAt DESC, n.id DESC",
            Notice.class)
        .setParameter("now", utcNow())
        .setMaxResults(max)
        .getResultList();
  }

  /** A published notice as another context shows it: where it is, when, and what it says. */
  public record Published(long id, Instant publishedAt, String bodyJa, String bodyEn) {

    public String body(boolean english) {
      return english ? bodyEn : bodyJa;
    }
  }

  /**
   * The circle's newest published notice of {@code kind} that links to one of {@code links}: how a
   * document finds the notice published about it (its 意見と考え方, say).
   */
  public java.util.Optional<Published> latestOf(
      NoticeKind kind, java.util.Collection<String> links) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.circleId = :circle AND n.kind = :kind"
                + " AND n.link IN :links AND n.publishedAt <= :now AND n.withdrawnAt IS NULL"
                + " ORDER BY n.publishedAt DESC, n.id DESC",
            Notice.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("kind", kind)
        .setParameter("links", links)
        .setParameter("now", utcNow())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(n -> new Published(n.id(), n.publishedAt(), n.bodyJa(), n.bodyEn()));
  }

  /** Page {@code page} (from 1) of the circle's notices, newest first. */
  public NoticePage page(int page) {
    long total =
        em.createQuery(
                "SELECT COUNT(n) FROM Notice n WHERE n.circleId = :circle"
                    + " AND n.publishedAt <= :now AND n.withdrawnAt IS NULL",
                Long.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("now", utcNow())
            .getSingleResult();
    int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pageCount);
    List<Notice> notices =
        em.createQuery(
                "SELECT n FROM Notice n WHERE n.circleId = :circle"
                    + " AND n.publishedAt <= :now AND n.withdrawnAt IS NULL"
                    + " ORDER BY n.publishedAt DESC, n.id DESC",
                Notice.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("now", utcNow())
            .setFirstResult((current - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    return new NoticePage(notices, current, pageCount);
  }
}
