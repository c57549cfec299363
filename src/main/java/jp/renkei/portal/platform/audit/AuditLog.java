package jp.renkei.portal.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * The audit log of administrative changes. A change records itself in the same transaction, so an
 * entry exists exactly when the change does; entries are only ever added.
 *
 * <pre>{@code
 * auditLog.record("admin", "nagano", "group-created", "/nagano/205907", null, "created");
 * }</pre>
 */
@ApplicationScoped
public class AuditLog {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;
  @Inject JapanClock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor, String circleSlug, String action, String target, String before, String after) {
    em.persist(
        new AuditEntry(
            clock.localNow(), actor, circleSlug, action, target, clip(before), clip(after)));
  }

  /** A page (from 1) of entries matching the filter, newest first. */
  public AuditPage page(AuditFilter filter, int page) {
    long total = query(filter, Long.class, "COUNT(a)").getSingleResult();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pages);
    List<AuditEntry> entries =
        query(filter, AuditEntry.class, "a")
            .setFirstResult((current - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    return new AuditPage(entries, current, pages, total);
  }

  private <T> TypedQuery<T> query(AuditFilter filter, Class<T> type, String select) {
    StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM AuditEntry a WHERE 1 = 1");
    if (filter.circle() != null) {
      jpql.append(" AND a.circleSlug = :circle");
    }
    if (filter.actor() != null) {
      jpql.append(" AND a.actor = :actor");
    }
    if (filter.from() != null) {
      jpql.append(" AND a.recordedAt >= :from");
    }
    if (filter.to() != null) {
      jpql.append(" AND a.recordedAt < :to");
    }
    if (type != Long.class) {
      jpql.append(" ORDER BY a.recordedAt DESC, a.id DESC");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    if (filter.circle() != null) {
      query.setParameter("circle", filter.circle());
    }
    if (filter.actor() != null) {
      query.setParameter("actor", filter.actor());
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from().atStartOfDay());
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to().plusDays(1).atStartOfDay());
    }
    return query;
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  /** Which entries to show; a null field does not filter. Dates are Japan calendar days. */
  public record AuditFilter(String circle, String actor, LocalDate from, LocalDate to) {}

  /** A page of entries: {@code page} of {@code pages}, {@code total} in all. */
  public record AuditPage(List<AuditEntry> entries, int page, int pages, long total) {}
}
