package jp.renkei.portal.attachment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.attachment.entity.Attachment;
import jp.renkei.portal.attachment.entity.AttachmentContent;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The attachments of the request's circle: every query binds the circle of the {@link
 * TenantContext}, so an id from another circle finds nothing.
 */
@ApplicationScoped
public class AttachmentRepository {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The attachments of the documents {@code ownerIds} of one kind, oldest first, in one query. */
  public List<Attachment> of(AttachmentOwner kind, Collection<Long> ownerIds) {
    if (ownerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.circleId = :circle AND a.ownerKind = :kind"
                + " AND a.ownerId IN :owners ORDER BY a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("kind", kind)
        .setParameter("owners", ownerIds)
        .getResultList();
  }

  public Optional<Attachment> find(long id) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.id = :id AND a.circleId = :circle",
            Attachment.class)
        .setParameter("id", id)
        .setParameter("circle", tenant.circleId())
        .getResultStream()
        .findFirst();
  }

  public long count(AttachmentOwner kind, long ownerId) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Attachment a WHERE a.circleId = :circle"
                + " AND a.ownerKind = :kind AND a.ownerId = :owner",
            Long.class)
        .setParameter("circle", tenant.circleId())
        .setParameter("kind", kind)
        .setParameter("owner", ownerId)
        .getSingleResult();
  }

  public void add(Attachment attachment, byte[] content) {
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), content));
  }

  public byte[] content(Attachment attachment) {
    return em.find(AttachmentContent.class, attachment.id()).content();
  }

  public void remove(Attachment attachment) {
    AttachmentContent content = em.find(AttachmentContent.class, attachment.id());
    if (content != null) {
      em.remove(content);
    }
    em.remove(attachment);
  }
}
