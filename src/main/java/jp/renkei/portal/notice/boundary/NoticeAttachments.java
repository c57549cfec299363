package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.attachment.boundary.AttachmentOwners;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.tenancy.TenantContext;

/**
 * The files of a notice (the document it announces): read by anybody once the notice is published —
 * before that, by the central city that prepared it — and attached by the central city.
 */
@RequestScoped
public class NoticeAttachments implements AttachmentOwners {

  @Inject NoticeBoard board;
  @Inject TenantContext tenant;

  @Override
  public AttachmentOwner kind() {
    return AttachmentOwner.NOTICE;
  }

  /** What this request already knows of a notice's readability (a page of notices asks once). */
  private final java.util.Map<Long, Boolean> known = new java.util.HashMap<>();

  @Override
  public boolean reads(long noticeId) {
    if (!known.containsKey(noticeId)) {
      readable(java.util.List.of(noticeId));
    }
    return known.get(noticeId);
  }

  @Override
  public java.util.List<Long> readable(java.util.Collection<Long> noticeIds) {
    java.util.Set<Long> visible = board.visibleAmong(noticeIds, tenant.isCentralCityStaff());
    noticeIds.forEach(id -> known.put(id, visible.contains(id)));
    return noticeIds.stream().filter(visible::contains).toList();
  }

  @Override
  public boolean attaches(long noticeId) {
    return tenant.isCentralCityStaff() && reads(noticeId);
  }
}
