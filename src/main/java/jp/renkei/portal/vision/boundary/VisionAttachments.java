package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.renkei.portal.attachment.boundary.AttachmentOwners;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * The files of a vision version (maps, the data behind it): read by whoever may read the version,
 * attached by the central city, which drafts it.
 */
@ApplicationScoped
public class VisionAttachments implements AttachmentOwners {

  @Inject Visions visions;

  @Override
  public AttachmentOwner kind() {
    return AttachmentOwner.VISION_VERSION;
  }

  @Override
  public boolean reads(long versionId) {
    return read(versionId).isPresent();
  }

  @Override
  public boolean attaches(long versionId) {
    return read(versionId).map(VisionRead::runs).orElse(false);
  }

  private Optional<VisionRead> read(long versionId) {
    try {
      return Optional.of(visions.read(versionId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
