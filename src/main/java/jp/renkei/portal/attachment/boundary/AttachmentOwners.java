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

  /** Whether the caller may attach files to it and remove them. */
  boolean attaches(long ownerId);
}
