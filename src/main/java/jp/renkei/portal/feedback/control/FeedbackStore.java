package jp.renkei.portal.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.feedback.entity.FeedbackSummary;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * Residents' feedback in the request's circle. Every query binds the circle of the {@link
 * TenantContext} — the summaries too — except the flood count, which counts a person's opinions
 * wherever they gave them.
 */
@ApplicationScoped
public class FeedbackStore {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** How many lock stripes {@code feedback_flood_stripe} holds (migration V13). */
  static final int FLOOD_STRIPES = 256;

  /**
   * Holds, until the transaction ends, the lock under which this person's opinions are counted and
   * added: parallel submissions by one person — on any instance — wait for each other, so the flood
   * count and the insert are atomic.
   */
  public void lockFloodCountOf(String author) {
    em.createNativeQuery("SELECT stripe FROM feedback_flood_stripe WHERE stripe = ?1 FOR UPDATE")
        .setParameter(1, Math.floorMod(author.hashCode(), FLOOD_STRIPES))
        .getSingleResult();
  }

  /**
   * How many opinions this person gave since then, in any circle: the flood limit is per person.
   * Count under {@link #lockFloodCountOf}.
   */
  public long givenSince(String author, LocalDateTime since) {
    return em.createQuery(
            "SELECT COUNT(f) FROM Feedback f WHERE f.author = :author AND f.submittedAt > :since",
            Long.class)
        .setParameter("author", author)
        .setParameter("since", since)
        .getSingleResult();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * A page of the opinions on a document of the circle, oldest first, after the cursor (null for
   * the first page): keyset paging on (submitted, id), so that the millionth opinion costs what the
   * first does. Returns up to {@code limit + 1} rows; the extra one says there is a next page.
   */
  public List<Feedback> page(FeedbackSubject subject, boolean shownOnly, Cursor after, int limit) {
    // The first condition is what the index seeks to; the second breaks ties. Written as the OR
    // alone, PostgreSQL walked the index from the start (250 ms at the 900,000th opinion).
    String afterCursor =
        after == null ? "" : " AND f.submittedAt >= :at AND (f.submittedAt > :at OR f.id > :id)";
    var query =
        em.createQuery(
                "SELECT f FROM Feedback f WHERE f.circleId = :circle AND f.subject = :subject"
                    + (shownOnly ? " AND f.hidden = FALSE" : "")
                    + afterCursor
                    + " ORDER BY f.submittedAt, f.id",
                Feedback.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("subject", subject)
            .setMaxResults(limit + 1);
    if (after != null) {
      query
          .setParameter("at", LocalDateTime.ofInstant(after.submittedAt(), ZoneOffset.UTC))
          .setParameter("id", after.id());
    }
    return query.getResultList();
  }

  /** How many opinions on a document of the circle are shown (not hidden). */
  public long countShown(FeedbackSubject subject) {
    return em.createQuery(
            "SELECT COUNT(f) FROM Feedback f WHERE f.circleId = :circle AND f.subject = :subject"
                + " AND f.hidden = FALSE",
            Long.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("subject", subject)
        .getSingleResult();
  }

  /** Who gave the shown opinions on a document of the circle, each once, by username. */
  public List<String> authorsShown(FeedbackSubject subject) {
    return em.createQuery(
            "SELECT DISTINCT f.author FROM Feedback f WHERE f.circleId = :circle"
                + " AND f.subject = :subject AND f.hidden = FALSE ORDER BY f.author",
            String.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("subject", subject)
        .getResultList();
  }

  /** Lets the persistence context forget what it read, between the pages of a long export. */
  public void forget() {
    em.clear();
  }

  /** Where a page of opinions ends: the last one's submission time and id. */
  public record Cursor(Instant submittedAt, long id) {

    public static Cursor after(Feedback last) {
      return new Cursor(last.submittedAt(), last.id());
    }

    /**
     * The cursor as it travels in an address ({@code 1764547200.123456000-1234}: seconds, nanos, id
     * — the database keeps microseconds, so milliseconds would skip rows); null if malformed.
     */
    public static Cursor parse(String token) {
      if (token == null) {
        return null;
      }
      int dot = token.indexOf('.');
      int dash = token.indexOf('-', dot + 1);
      try {
        return dot < 1 || dash < dot
            ? null
            : new Cursor(
                Instant.ofEpochSecond(
                    Long.parseLong(token.substring(0, dot)),
                    Long.parseLong(token.substring(dot + 1, dash))),
                Long.parseLong(token.substring(dash + 1)));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        return null;
      }
    }

    public String token() {
      return submittedAt.getEpochSecond() + "." + submittedAt.getNano() + "-" + id;
    }
  }

  /** One opinion on a document of the circle. */
  public Optional<Feedback> find(FeedbackSubject subject, long id) {
    return em.createQuery(
            "SELECT f FROM Feedback f WHERE f.id = :id AND f.circleId = :circle"
                + " AND f.subject = :subject",
            Feedback.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public boolean isSummaryPublished(FeedbackSubject subject) {
    return em.createQuery(
                "SELECT COUNT(s) FROM FeedbackSummary s WHERE s.circleId = :circle"
                    + " AND s.subject = :subject",
                Long.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("subject", subject)
            .getSingleResult()
        > 0;
  }

  /** Records the summary's publication in the circle. */
  public void addSummary(FeedbackSubject subject, LocalDateTime at, String by) {
    em.persist(new FeedbackSummary(tenant.circleId(), subject, at, by));
  }

  /** The circle's documents with opinions still unanswered: each subject and how many. */
  public java.util.Map<FeedbackSubject, Long> unanswered() {
    java.util.Map<FeedbackSubject, Long> counts = new java.util.LinkedHashMap<>();
    em.createQuery(
            "SELECT f.subject.type, f.subject.id, COUNT(f) FROM Feedback f"
                + " WHERE f.circleId = :circle AND f.hidden = FALSE"
                + " AND (f.response IS NULL OR f.response = '')"
                + " GROUP BY f.subject.type, f.subject.id",
            Object[].class)
        .setParameter("circle", tenant.circleId())
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    new FeedbackSubject((FeedbackSubject.Type) row[0], (Long) row[1]),
                    (Long) row[2]));
    return counts;
  }

  /** A resident's own opinions in every circle, newest first. */
  public List<Feedback> byAuthor(String author, int max) {
    return em.createQuery(
            "SELECT f FROM Feedback f WHERE f.author = :author ORDER BY f.submittedAt DESC, f.id DESC",
            Feedback.class)
        .setParameter("author", author)
        .setMaxResults(max)
        .getResultList();
  }
}
