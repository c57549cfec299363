package jp.renkei.portal.attachment.boundary;

import jp.renkei.portal.attachment.entity.AttachmentOwner;

/**
 * What a context that owns a kind of document tells the attachments about it: who may read the
 * document (and so its files) and who may attach to it. Each context implements it as a CDI bean.
 *
 * <pre>{@code
 * public class AgreementAttachments implements AttachmentOwners {
 *   public AttachmentOwner kind() { return AttachmentOwner.AGREEMENT; }
 *   …
 * }
 * }</pre>
 */
public interface AttachmentOwners {

  AttachmentOwner kind();

  /** Whether the caller may read the document {@code ownerId} of the request's circle. */
  boolean reads(long ownerId);

  /**
   * Which of several documents the caller may read, for a page that lists many (the notices): a
   * context that can tell in one query overrides this.
   */
  default java.util.List<Long> readable(java.util.Collection<Long> ownerIds) {
    return ownerIds.stream().filter(this::reads).toList();
  }

  /** Whether the caller may attach files to it and remove them. */
  boolean attaches(long ownerId);

  /**
   * Told inside the transaction that attaches or removes one of the document's files. A context
   * that keeps a document's files in the part of its page shared by every reader, keyed by the
   * document's lock version, raises that lock version here, so that the next reader sees the
   * change.
   */
  default void filesChanged(long ownerId) {}
}
