package jp.renkei.portal.attachment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.attachment.control.AttachmentRepository;
import jp.renkei.portal.attachment.entity.Attachment;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.attachment.entity.AttachmentRefused;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * Files attached to the circle's documents (agreements, vision versions, notices). A file is read
 * by whoever may read its document and attached or removed by whoever the document's context allows
 * ({@link AttachmentOwners}); to anybody else it does not exist. Files are checked like
 * consultation materials ({@link CheckedFile}: name, size, type by extension and content).
 */
@ApplicationScoped
public class Attachments {

  /** At most this many files per document. */
  public static final int MAX_PER_DOCUMENT = 20;

  @Inject AttachmentRepository repository;
  @Inject Instance<AttachmentOwners> owners;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;

  /** The owners' client proxies by the kind each owns; the same for every request. */
  private volatile Map<AttachmentOwner, AttachmentOwners> byKind;

  /** A file with its bytes, for the download. */
  public record Download(Attachment attachment, byte[] content) {}

  /** The files of one document, if the caller may read it (none otherwise). */
  public List<Attachment> of(AttachmentOwner kind, long ownerId) {
    return owner(kind).reads(ownerId) ? repository.of(kind, List.of(ownerId)) : List.of();
  }

  /**
   * The files of several documents of one kind that the caller reads anyway (the notices of a
   * page), by document, in one query.
   */
  public Map<Long, List<Attachment>> ofAll(AttachmentOwner kind, Collection<Long> ownerIds) {
    return repository.of(kind, owner(kind).readable(ownerIds)).stream()
        .collect(Collectors.groupingBy(Attachment::ownerId));
  }

  public boolean mayAttach(AttachmentOwner kind, long ownerId) {
    return owner(kind).attaches(ownerId);
  }

  /** Attaches a checked file with its label; refused with a message, and nothing kept, if not. */
  @Transactional
  public long attach(
      AttachmentOwner kind, long ownerId, String label, String fileName, byte[] content) {
    requireAttaches(kind, ownerId);
    CheckedFile file = CheckedFile.check(fileName, content);
    if (repository.count(kind, ownerId) >= MAX_PER_DOCUMENT) {
      throw new AttachmentRefused("attachment.error.too-many");
    }
    Attachment attachment =
        new Attachment(
            tenant.circleId(),
            kind,
            ownerId,
            label,
            file,
            SecretTokens.sha256(content),
            tenant.getCaller().username(),
            clock.localNow());
    repository.add(attachment, content);
    owner(kind).filesChanged(ownerId);
    return attachment.id();
  }

  @Transactional
  public void remove(long id) {
    Attachment attachment = readable(id);
    requireAttaches(attachment.ownerKind(), attachment.ownerId());
    repository.remove(attachment);
    owner(attachment.ownerKind()).filesChanged(attachment.ownerId());
  }

  /** The file and its bytes, for whoever may read its document; a 404 to anybody else. */
  public Download download(long id) {
    Attachment attachment = readable(id);
    return new Download(attachment, repository.content(attachment));
  }

  private Attachment readable(long id) {
    return repository
        .find(id)
        .filter(a -> owner(a.ownerKind()).reads(a.ownerId()))
        .orElseThrow(() -> new NotFoundException("attachment " + id));
  }

  private void requireAttaches(AttachmentOwner kind, long ownerId) {
    if (!owner(kind).attaches(ownerId)) {
      throw new ForbiddenException("attaching to " + kind + " " + ownerId);
    }
  }

  /**
   * The owner of a kind of document. Worked out once: the owners are the deployment's, and asking a
   * request-scoped one its kind would create it in every request that reads files.
   */
  private AttachmentOwners owner(AttachmentOwner kind) {
    Map<AttachmentOwner, AttachmentOwners> known = byKind;
    if (known == null) {
      known = new EnumMap<>(AttachmentOwner.class);
      for (AttachmentOwners o : owners) {
        known.put(o.kind(), o);
      }
      byKind = known;
    }
    AttachmentOwners owner = known.get(kind);
    if (owner == null) {
      throw new IllegalStateException("No owner of " + kind);
    }
    return owner;
  }
}
