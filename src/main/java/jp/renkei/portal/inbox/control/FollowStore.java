package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.inbox.entity.Follow;
import jp.renkei.portal.inbox.entity.Frequency;

/**
 * Who follows what. The dispatcher asks for the followers of an event's circle or document (across
 * circles, it serves them all); a resident's own follows are bound to their account or address.
 */
@ApplicationScoped
public class FollowStore {

  @PersistenceContext EntityManager em;

  public void add(Follow follow) {
    em.persist(follow);
  }

  public void remove(Follow follow) {
    em.remove(follow);
  }

  /**
   * The confirmed followers of a circle, and of one of its documents when {@code subjectType} is
   * given, as the dispatcher tells them: only the columns it needs, never the entities — a national
   * audience is a hundred thousand rows, each an entity kept with its copies until the commit.
   */
  public List<RecipientResolver.Recipient> confirmedFollowers(
      long circleId, String subjectType, Long subjectId) {
    String document =
        subjectType == null ? "" : " OR (f.subjectType = :type AND f.subjectId = :subject)";
    var query =
        em.createQuery(
                "SELECT f.username, f.email, f.language FROM Follow f WHERE f.circleId = :circle"
                    + " AND f.confirmedAt IS NOT NULL AND (f.subjectType IS NULL"
                    + document
                    + ") ORDER BY f.id",
                Object[].class)
            .setParameter("circle", circleId);
    if (subjectType != null) {
      query.setParameter("type", subjectType).setParameter("subject", subjectId);
    }
    return query
        .getResultStream()
        .map(
            row ->
                new RecipientResolver.Recipient(
                    Follow.recipientOf((String) row[0], (String) row[1]),
                    (String) row[1],
                    (String) row[2],
                    Frequency.IMMEDIATE))
        .toList();
  }

  /** A person's follows (by account), newest first. */
  public List<Follow> ofAccount(String username) {
    return em.createQuery(
            "SELECT f FROM Follow f WHERE f.username = :username ORDER BY f.id DESC", Follow.class)
        .setParameter("username", username)
        .getResultList();
  }

  /** The follows of an address (a resident without an account). */
  public List<Follow> ofAddress(String email) {
    return em.createQuery(
            "SELECT f FROM Follow f WHERE f.email = :email AND f.username IS NULL", Follow.class)
        .setParameter("email", email)
        .getResultList();
  }

  public Optional<Follow> byTokenHash(String hash) {
    return em.createQuery("SELECT f FROM Follow f WHERE f.tokenHash = :hash", Follow.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** The follow of this account or address of the same circle or document, if there is one. */
  public Optional<Follow> existing(
      long circleId, String subjectType, Long subjectId, String username, String email) {
    String who = username != null ? "f.username = :who" : "f.email = :who AND f.username IS NULL";
    String what =
        subjectType == null
            ? "f.subjectType IS NULL"
            : "f.subjectType = :type AND f.subjectId = :subject";
    var query =
        em.createQuery(
                "SELECT f FROM Follow f WHERE f.circleId = :circle AND " + who + " AND " + what,
                Follow.class)
            .setParameter("circle", circleId)
            .setParameter("who", username != null ? username : email);
    if (subjectType != null) {
      query.setParameter("type", subjectType).setParameter("subject", subjectId);
    }
    return query.getResultStream().findFirst();
  }

  public Optional<Follow> find(long id) {
    return Optional.ofNullable(em.find(Follow.class, id));
  }
}
