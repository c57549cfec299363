package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.attachment.boundary.AttachmentOwners;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * The files of a notice (the document it announces): read by anybody once the notice is published —
 * before that, by the central city that prepared it — and attached by the central city.
 */
@RequestScoped
public class NoticeAttachments implements AttachmentOwners {

  @Inject NoticeBoard board;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;

  @Override
  public AttachmentOwner kind() {
    return AttachmentOwner.NOTICE;
  }

  @Override
  public boolean reads(long noticeId) {
    return board
        .find(noticeId)
        .filter(
            n ->
                n.isPublishedAt(clock.now())
                    || tenant.isCentralCityStaff() && n.isScheduledAt(clock.now()))
        .isPresent();
  }

  @Override
  public boolean attaches(long noticeId) {
    return tenant.isCentralCityStaff() && reads(noticeId);
  }
}
