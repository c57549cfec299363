package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.renkei.portal.attachment.boundary.AttachmentOwners;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * The files of an agreement (the signed original, explanatory material): read by whoever may read
 * the agreement — a draft's only by its parties and councils — and attached by the central city,
 * which runs its lifecycle.
 */
@ApplicationScoped
public class AgreementAttachments implements AttachmentOwners {

  @Inject Agreements agreements;

  @Override
  public AttachmentOwner kind() {
    return AttachmentOwner.AGREEMENT;
  }

  @Override
  public boolean reads(long agreementId) {
    return read(agreementId).isPresent();
  }

  @Override
  public boolean attaches(long agreementId) {
    return read(agreementId).map(AgreementRead::runsLifecycle).orElse(false);
  }

  /** The files are part of the page kept for readers: a change is a change of the agreement. */
  @Override
  public void filesChanged(long agreementId) {
    agreements.filesChanged(agreementId);
  }

  private Optional<AgreementRead> read(long agreementId) {
    try {
      return Optional.of(agreements.read(agreementId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
