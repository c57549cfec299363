package jp.renkei.portal.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
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

  /** The opinions on a document of the circle, oldest first; with {@code shownOnly}, not hidden. */
  public List<Feedback> on(FeedbackSubject subject, boolean shownOnly) {
    return em.createQuery(
            "SELECT f FROM Feedback f WHERE f.circleId = :circle AND f.subject = :subject"
                + (shownOnly ? " AND f.hidden = FALSE" : "")
                + " ORDER BY f.submittedAt, f.id",
            Feedback.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("subject", subject)
        .getResultList();
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
