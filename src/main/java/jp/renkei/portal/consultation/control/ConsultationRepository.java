package jp.renkei.portal.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.consultation.entity.ActionItem;
import jp.renkei.portal.consultation.entity.AgendaItem;
import jp.renkei.portal.consultation.entity.CalendarFeed;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationStatus;
import jp.renkei.portal.consultation.entity.Material;
import jp.renkei.portal.consultation.entity.MaterialContent;
import jp.renkei.portal.consultation.entity.Minutes;
import jp.renkei.portal.consultation.entity.MinutesComment;
import jp.renkei.portal.consultation.entity.MinutesStatus;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The consultations of the request's circle and everything hanging off them. Every query binds the
 * circle of the {@link TenantContext}: rows that hang off a consultation (agenda, materials,
 * minutes, comments) are reached by a join to it, so an id from another circle finds nothing. Only
 * the calendar secret is looked up across circles — it is what finds the circle.
 */
@ApplicationScoped
public class ConsultationRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /**
   * A page of the circle's consultations, newest first; with {@code municipality}, only those it is
   * invited to.
   */
  public List<Consultation> page(String municipality, int first, int max) {
    return listQuery(municipality, Consultation.class, "c")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String municipality) {
    return listQuery(municipality, Long.class, "COUNT(c)").getSingleResult();
  }

  private <T> TypedQuery<T> listQuery(String municipality, Class<T> type, String select) {
    String order = type == Long.class ? "" : " ORDER BY c.createdAt DESC, c.id DESC";
    String invited = municipality == null ? "" : " AND :municipality MEMBER OF c.participants";
    TypedQuery<T> query =
        em.createQuery(
                "SELECT "
                    + select
                    + " FROM Consultation c WHERE c.circleId = :circle"
                    + invited
                    + order,
                type)
            .setParameter("circle", tenant.circleId());
    return municipality == null ? query : query.setParameter("municipality", municipality);
  }

  /** Every consultation of the circle that is not cancelled, for the cadence dashboard. */
  public List<Consultation> scheduledOrConfirmed() {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.circleId = :circle AND c.status <> :cancelled",
            Consultation.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("cancelled", ConsultationStatus.CANCELLED)
        .getResultList();
  }

  /**
   * The circle's consultations with a time (confirmed or cancelled) from {@code since} on, for a
   * calendar feed; with {@code municipality}, only those it is invited to.
   */
  public List<Consultation> forCalendar(String municipality, LocalDateTime since) {
    String partner = municipality == null ? "" : " AND :municipality MEMBER OF c.participants";
    TypedQuery<Consultation> query =
        em.createQuery(
                "SELECT c FROM Consultation c WHERE c.circleId = :circle"
                    + " AND c.status <> :scheduling AND c.createdAt >= :since"
                    + partner
                    + " ORDER BY c.id",
                Consultation.class)
            .setParameter("circle", tenant.circleId())
            .setParameter("scheduling", ConsultationStatus.SCHEDULING)
            .setParameter("since", since);
    return municipality == null
        ? query.getResultList()
        : query.setParameter("municipality", municipality).getResultList();
  }

  /** This person's active calendar subscription in the circle. */
  public Optional<CalendarFeed> activeFeed(String username) {
    return em.createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.username = :user AND f.circleId = :circle"
                + " AND f.revokedAt IS NULL",
            CalendarFeed.class)
        .setParameter("user", username)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /**
   * The subscription behind a secret calendar address, in whichever circle: the secret is what
   * names the circle (only its SHA-256 is stored).
   */
  public Optional<CalendarFeed> feedByTokenHash(String tokenHash) {
    return em.createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash AND f.revokedAt IS NULL",
            CalendarFeed.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  public Optional<Consultation> find(long id) {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.id = :id AND c.circleId = :circle",
            Consultation.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** The consultation for a change: two changes at once cannot both pass a rule. */
  public Optional<Consultation> findForUpdate(long id) {
    return find(id)
        .map(c -> em.find(Consultation.class, c.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** The agenda of a consultation of the circle, in the order items were proposed. */
  public List<AgendaItem> agendaOf(long consultationId) {
    return em.createQuery(
            "SELECT a FROM AgendaItem a, Consultation c WHERE a.consultationId = c.id"
                + " AND c.id = :consultation AND c.circleId = :circle ORDER BY a.createdAt, a.id",
            AgendaItem.class)
        .setParameter("consultation", consultationId)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  public Optional<AgendaItem> agendaItem(long consultationId, long itemId) {
    return em.createQuery(
            "SELECT a FROM AgendaItem a, Consultation c WHERE a.consultationId = c.id"
                + " AND a.id = :item AND c.id = :consultation AND c.circleId = :circle",
            AgendaItem.class)
        .setParameter("item", itemId)
        .setParameter("consultation", consultationId)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  /** The materials of these agenda items of the circle, in one query. */
  public List<Material> materialsOf(Collection<Long> agendaItemIds) {
    if (agendaItemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Material m, AgendaItem a, Consultation c WHERE m.agendaItemId = a.id"
                + " AND a.consultationId = c.id AND c.circleId = :circle"
                + " AND m.agendaItemId IN :items ORDER BY m.id",
            Material.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("items", agendaItemIds)
        .getResultList();
  }

  /** A material of the circle with the consultation it belongs to. */
  public Optional<MaterialOf> material(long materialId) {
    return em.createQuery(
            "SELECT m, a.consultationId FROM Material m, AgendaItem a, Consultation c"
                + " WHERE m.agendaItemId = a.id AND a.consultationId = c.id"
                + " AND c.circleId = :circle AND m.id = :material",
            Object[].class)
        .setParameter("circle", tenant.circleId())
        .setParameter("material", materialId)
        .getResultStream()
        .findFirst()
        .flatMap(row -> find((Long) row[1]).map(c -> new MaterialOf((Material) row[0], c)));
  }

  /** The bytes of a material of the circle. */
  public Optional<byte[]> contentOf(long materialId) {
    return em.createQuery(
            "SELECT mc FROM MaterialContent mc, Material m, AgendaItem a, Consultation c"
                + " WHERE mc.materialId = m.id AND m.agendaItemId = a.id"
                + " AND a.consultationId = c.id AND c.circleId = :circle AND m.id = :material",
            MaterialContent.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("material", materialId)
        .getResultStream()
        .findFirst()
        .map(MaterialContent::content);
  }

  /** A material and the consultation it belongs to. */
  public record MaterialOf(Material material, Consultation consultation) {}

  /** Every record of the minutes of a consultation of the circle, oldest first. */
  public List<Minutes> minutesOf(long consultationId) {
    return em.createQuery(
            "SELECT m FROM Minutes m, Consultation c WHERE m.consultationId = c.id"
                + " AND c.id = :consultation AND c.circleId = :circle ORDER BY m.id",
            Minutes.class)
        .setParameter("consultation", consultationId)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** The newest record of a consultation's minutes, for a change: locked against a parallel one. */
  public Optional<Minutes> currentMinutesForUpdate(long consultationId) {
    List<Minutes> records = minutesOf(consultationId);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Minutes current = records.get(records.size() - 1);
    em.lock(current, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return Optional.of(current);
  }

  /** The comments on one record of minutes of the circle. */
  public List<MinutesComment> commentsOn(long minutesId) {
    return em.createQuery(
            "SELECT mc FROM MinutesComment mc, Minutes m, Consultation c"
                + " WHERE mc.minutesId = m.id AND m.consultationId = c.id"
                + " AND m.id = :minutes AND c.circleId = :circle ORDER BY mc.createdAt, mc.id",
            MinutesComment.class)
        .setParameter("minutes", minutesId)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }

  /** Action items of the circle that are open, or were agreed at this consultation. */
  public List<ActionItem> actionItemsFor(long consultationId) {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.circleId = :circle"
                + " AND (a.doneOn IS NULL OR a.consultationId = :c) ORDER BY a.dueOn, a.id",
            ActionItem.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("c", consultationId)
        .getResultList();
  }

  public Optional<ActionItem> actionItem(long id) {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.id = :id AND a.circleId = :circle",
            ActionItem.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  // --- What awaits people (the inbox and the reminders) ---------------------------------------

  /** The circle's consultations being scheduled, or confirmed for a time from {@code since} on. */
  public List<Consultation> comingUp(LocalDateTime since) {
    return em.createQuery(
            "SELECT DISTINCT c FROM Consultation c LEFT JOIN ConsultationSlot s"
                + " ON s.id = c.confirmedSlotId WHERE c.circleId = :circle"
                + " AND (c.status = :scheduling OR (c.status = :confirmed AND s.startsAt >= :since))"
                + " ORDER BY c.id",
            Consultation.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("scheduling", ConsultationStatus.SCHEDULING)
        .setParameter("confirmed", ConsultationStatus.CONFIRMED)
        .setParameter("since", since)
        .getResultList();
  }

  /** The circle's minutes circulated for approval, with their consultations. */
  public List<MinutesOf> circulatedMinutes() {
    return em.createQuery(
            "SELECT m, c FROM Minutes m, Consultation c WHERE m.consultationId = c.id"
                + " AND c.circleId = :circle AND m.status = :circulated ORDER BY m.id",
            Object[].class)
        .setParameter("circle", tenant.circleId())
        .setParameter("circulated", MinutesStatus.CIRCULATED)
        .getResultStream()
        .map(row -> new MinutesOf((Minutes) row[0], (Consultation) row[1]))
        .toList();
  }

  /**
   * The circle's minutes prepared for a publication time that has come, locked so that each is
   * published once, with their consultations.
   */
  public List<MinutesOf> minutesDue(java.time.LocalDateTime now) {
    return em.createQuery(
            "SELECT m, c FROM Minutes m, Consultation c WHERE m.consultationId = c.id"
                + " AND c.circleId = :circle AND m.publishAt <= :now AND m.publishedAt IS NULL"
                + " ORDER BY m.id",
            Object[].class)
        .setParameter("circle", tenant.circleId())
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .map(row -> new MinutesOf((Minutes) row[0], (Consultation) row[1]))
        .toList();
  }

  /** Minutes and their consultation. */
  public record MinutesOf(Minutes minutes, Consultation consultation) {}

  /** The changes asked for on the current revision of these minutes: by minutes, how many. */
  public java.util.Map<Long, Long> changeRequests(Collection<Minutes> minutes) {
    if (minutes.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<Long, Long> counts = new java.util.HashMap<>();
    em.createQuery(
            "SELECT mc.minutesId, mc.revision FROM MinutesComment mc, Minutes m, Consultation c"
                + " WHERE mc.minutesId = m.id AND m.consultationId = c.id AND c.circleId = :circle"
                + " AND mc.changeRequested = TRUE AND mc.minutesId IN :ids",
            Object[].class)
        .setParameter("circle", tenant.circleId())
        .setParameter("ids", minutes.stream().map(Minutes::id).toList())
        .getResultList()
        .forEach(
            row -> {
              long id = (Long) row[0];
              int revision = (Integer) row[1];
              boolean current =
                  minutes.stream().anyMatch(m -> m.id() == id && m.revision() == revision);
              if (current) {
                counts.merge(id, 1L, Long::sum);
              }
            });
    return counts;
  }

  /** The agenda items of these consultations proposed by anybody but {@code except}. */
  public List<AgendaItem> agendaProposedBy(Collection<Long> consultationIds, String except) {
    if (consultationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM AgendaItem a, Consultation c WHERE a.consultationId = c.id"
                + " AND c.circleId = :circle AND c.id IN :ids AND a.proposedBy <> :except"
                + " ORDER BY a.id",
            AgendaItem.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("ids", consultationIds)
        .setParameter("except", except)
        .getResultList();
  }

  /** The circle's open action items, soonest due first. */
  public List<ActionItem> openActionItems() {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.circleId = :circle AND a.doneOn IS NULL"
                + " ORDER BY a.dueOn, a.id",
            ActionItem.class)
        .setParameter("circle", tenant.circleId())
        .getResultList();
  }
}
