package jp.renkei.portal.attachment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.files.FileType;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  private static final CheckedFile FILE =
      CheckedFile.check("締結書.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

  private static Attachment labelled(String label) {
    return new Attachment(1, AttachmentOwner.AGREEMENT, 3, label, FILE, "x", "aomori-mayor", NOW);
  }

  @Test
  void aFileKeepsItsCheckedNameAndTypeAndAnOptionalTitle() {
    Attachment a = labelled("  締結書（写し） ");
    assertEquals("締結書（写し）", a.label());
    assertEquals("締結書.pdf", a.fileName());
    assertEquals(FileType.PDF, a.fileType());
    assertEquals("application/pdf", a.contentType());
    assertNull(labelled("   ").label(), "a blank title is none");
  }

  @Test
  void aTitleBeyondTheLimitIsRefused() {
    assertEquals(Attachment.MAX_LABEL, labelled("あ".repeat(Attachment.MAX_LABEL)).label().length());
    AttachmentRefused refused =
        assertThrows(AttachmentRefused.class, () -> labelled("あ".repeat(Attachment.MAX_LABEL + 1)));
    assertEquals("attachment.error.label-too-long", refused.messageKey());
  }
}
