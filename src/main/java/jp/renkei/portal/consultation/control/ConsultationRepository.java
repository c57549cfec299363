package jp.renkei.portal.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

/**
 * Consultations of one circle and everything hanging off them. Every query binds the circle, or
 * reaches its rows through a consultation found with the circle bound: an id from another circle
 * finds nothing.
 */
@ApplicationScoped
public class ConsultationRepository {

  @PersistenceContext EntityManager em;

  /**
   * A page of the circle's consultations, newest first; with {@code municipality}, only those it is
   * invited to.
   */
  public List<Consultation> page(long circleId, String municipality, int first, int max) {
    return listQuery(circleId, municipality, Consultation.class, "c")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(long circleId, String municipality) {
    return listQuery(circleId, municipality, Long.class, "COUNT(c)").getSingleResult();
  }

  private <T> TypedQuery<T> listQuery(
      long circleId, String municipality, Class<T> type, String select) {
    String order = type == Long.class ? "" : " ORDER BY c.createdAt DESC, c.id DESC";
    if (municipality == null) {
      return em.createQuery(
              "SELECT " + select + " FROM Consultation c WHERE c.circleId = :circle" + order, type)
          .setParameter("circle", circleId);
    }
    return em.createQuery(
            "SELECT "
                + select
                + " FROM Consultation c WHERE c.circleId = :circle"
                + " AND :municipality MEMBER OF c.participants"
                + order,
            type)
        .setParameter("circle", circleId)
        .setParameter("municipality", municipality);
  }

  /** Every consultation of the circle that is not cancelled, for the cadence dashboard. */
  public List<Consultation> scheduledOrConfirmed(long circleId) {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.circleId = :circle AND c.status <> :cancelled",
            Consultation.class)
        .setParameter("circle", circleId)
        .setParameter("cancelled", ConsultationStatus.CANCELLED)
        .getResultList();
  }

  /**
   * The circle's consultations with a time (confirmed or cancelled) from {@code since} on, for a
   * calendar feed; with {@code municipality}, only those it is invited to.
   */
  public List<Consultation> forCalendar(
      long circleId, String municipality, java.time.LocalDateTime since) {
    String partner = municipality == null ? "" : " AND :municipality MEMBER OF c.participants";
    TypedQuery<Consultation> query =
        em.createQuery(
                "SELECT c FROM Consultation c WHERE c.circleId = :circle"
                    + " AND c.status <> :scheduling AND c.createdAt >= :since"
                    + partner
                    + " ORDER BY c.id",
                Consultation.class)
            .setParameter("circle", circleId)
            .setParameter("scheduling", ConsultationStatus.SCHEDULING)
            .setParameter("since", since);
    if (municipality != null) {
      query.setParameter("municipality", municipality);
    }
    return query.getResultList();
  }

  public Optional<CalendarFeed> activeFeed(String username, long circleId) {
    return em.createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.username = :user AND f.circleId = :circle"
                + " AND f.revokedAt IS NULL",
            CalendarFeed.class)
        .setParameter("user", username)
        .setParameter("circle", circleId)
        .getResultStream()
        .findFirst();
  }

  public Optional<CalendarFeed> feedByTokenHash(String tokenHash) {
    return em.createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash AND f.revokedAt IS NULL",
            CalendarFeed.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  public Optional<Consultation> find(long circleId, long id) {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.id = :id AND c.circleId = :circle",
            Consultation.class)
        .setParameter("id", id)
        .setParameter("circle", circleId)
        .getResultStream()
        .findFirst();
  }

  /** The consultation for a change: two changes at once cannot both pass a rule. */
  public Optional<Consultation> findForUpdate(long circleId, long id) {
    return find(circleId, id)
        .map(c -> em.find(Consultation.class, c.id(), LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public List<AgendaItem> agendaOf(long consultationId) {
    return em.createQuery(
            "SELECT a FROM AgendaItem a WHERE a.consultationId = :c ORDER BY a.createdAt, a.id",
            AgendaItem.class)
        .setParameter("c", consultationId)
        .getResultList();
  }

  public Optional<AgendaItem> agendaItem(long consultationId, long itemId) {
    return Optional.ofNullable(em.find(AgendaItem.class, itemId))
        .filter(a -> a.consultationId() == consultationId);
  }

  /** The materials of these agenda items, in one query. */
  public List<Material> materialsOf(Collection<Long> agendaItemIds) {
    if (agendaItemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Material m WHERE m.agendaItemId IN :items ORDER BY m.id", Material.class)
        .setParameter("items", agendaItemIds)
        .getResultList();
  }

  /** A material with the consultation it belongs to, if that consultation is of this circle. */
  public Optional<MaterialOf> material(long circleId, long materialId) {
    Material material = em.find(Material.class, materialId);
    if (material == null) {
      return Optional.empty();
    }
    AgendaItem item = em.find(AgendaItem.class, material.agendaItemId());
    return find(circleId, item.consultationId()).map(c -> new MaterialOf(material, c));
  }

  public byte[] contentOf(Material material) {
    return em.find(MaterialContent.class, material.id()).content();
  }

  /** A material and the consultation it belongs to. */
  public record MaterialOf(Material material, Consultation consultation) {}

  /** Every record of the minutes of a consultation, oldest first (corrections follow). */
  public List<Minutes> minutesOf(long consultationId) {
    return em.createQuery(
            "SELECT m FROM Minutes m WHERE m.consultationId = :c ORDER BY m.id", Minutes.class)
        .setParameter("c", consultationId)
        .getResultList();
  }

  public Minutes lockMinutes(Minutes minutes) {
    em.lock(minutes, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return minutes;
  }

  public List<MinutesComment> commentsOn(long minutesId) {
    return em.createQuery(
            "SELECT c FROM MinutesComment c WHERE c.minutesId = :m ORDER BY c.createdAt, c.id",
            MinutesComment.class)
        .setParameter("m", minutesId)
        .getResultList();
  }

  /** Action items of the circle that are open, or were agreed at this consultation. */
  public List<ActionItem> actionItemsFor(long circleId, long consultationId) {
    return em.createQuery(
            "SELECT a FROM ActionItem a WHERE a.circleId = :circle"
                + " AND (a.doneOn IS NULL OR a.consultationId = :c) ORDER BY a.dueOn, a.id",
            ActionItem.class)
        .setParameter("circle", circleId)
        .setParameter("c", consultationId)
        .getResultList();
  }

  public Optional<ActionItem> actionItem(long circleId, long id) {
    return Optional.ofNullable(em.find(ActionItem.class, id)).filter(a -> belongs(a, circleId));
  }

  private boolean belongs(ActionItem item, long circleId) {
    return find(circleId, item.consultationId()).isPresent();
  }
}
