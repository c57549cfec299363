package jp.renkei.portal.attachment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.attachment.boundary.Attachments;
import jp.renkei.portal.attachment.entity.Attachment;
import jp.renkei.portal.attachment.entity.AttachmentOwner;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.files.Uploads;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.CurrentPage;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * The files of a document on its page ({@code /WEB-INF/includes/attachments.xhtml}): the list, for
 * whoever reads the document, and the form to attach or remove, for whoever may.
 */
@Named
@RequestScoped
public class AttachmentSection {

  @Inject Attachments attachments;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject CurrentPage currentPage;

  private final Map<String, List<Attachment>> shown = new HashMap<>();
  private Map<Long, List<Attachment>> ofNotices;
  private String label;
  private Part file;
  private Long noticeId;

  /** The files of one document ({@code kind}: AGREEMENT, VISION_VERSION, NOTICE). */
  public List<Attachment> of(String kind, long ownerId) {
    return shown.computeIfAbsent(
        kind + ownerId, k -> attachments.of(AttachmentOwner.valueOf(kind), ownerId));
  }

  /** The files of the notices on a page, read in one go. */
  public List<Attachment> ofNotice(long noticeId, Collection<Long> noticeIds) {
    if (ofNotices == null) {
      ofNotices = attachments.ofAll(AttachmentOwner.NOTICE, noticeIds);
    }
    return ofNotices.getOrDefault(noticeId, List.of());
  }

  public boolean mayAttach(String kind, long ownerId) {
    return attachments.mayAttach(AttachmentOwner.valueOf(kind), ownerId);
  }

  /** Attaches the uploaded file (checked by the boundary) to the document. */
  public void attach(String kind, long ownerId) {
    if (file == null) {
      FacesMessages.error("file.error.required");
      return;
    }
    byte[] content = Uploads.read(file, CheckedFile.MAX_BYTES);
    String name = file.getSubmittedFileName();
    steps.run(
        () -> attachments.attach(AttachmentOwner.valueOf(kind), ownerId, label, name, content),
        "attachment.done.attached",
        here());
  }

  /** The notice desk's form: a file for the notice chosen there. */
  public void attachToNotice() {
    if (noticeId == null) {
      FacesMessages.error("attachment.error.no-notice");
      return;
    }
    attach(AttachmentOwner.NOTICE.name(), noticeId);
  }

  public void remove(long attachmentId) {
    steps.run(() -> attachments.remove(attachmentId), "attachment.done.removed", here());
  }

  /** The page to come back to, relative to the circle. */
  private String here() {
    String path = currentPage.getPath();
    String circle = "/c/" + tenant.getSlug() + "/";
    return path.startsWith(circle) ? path.substring(circle.length()) : "";
  }

  public Long getNoticeId() {
    return noticeId;
  }

  public void setNoticeId(Long noticeId) {
    this.noticeId = noticeId;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
