package jp.renkei.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MaterialFileTest {

  private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

  @Test
  void acceptsAPdfAndAnOfficeDocument() throws IOException {
    assertEquals(MaterialType.PDF, MaterialFile.check("資料1.pdf", PDF).type());
    assertEquals(MaterialType.DOCX, MaterialFile.check("議題.DOCX", ooxml()).type());
  }

  @Test
  void refusesWhatItShouldWithTheRightMessage() throws IOException {
    assertRefused("agenda.error.file-name-path", "../../etc/passwd.pdf", PDF);
    assertRefused("agenda.error.file-name-path", "C:\\Users\\secret.pdf", PDF);
    assertRefused("agenda.error.file-name-path", "folder/資料.pdf", PDF);
    assertRefused("agenda.error.file-name-invalid", ".hidden.pdf", PDF);
    assertRefused("agenda.error.file-type", "setup.exe", PDF);
    assertRefused("agenda.error.file-type", "no-extension", PDF);
    assertRefused("agenda.error.file-content", "renamed.pdf", "MZ executable".getBytes());
    assertRefused("agenda.error.file-content", "plain-zip.docx", zipWithout());
    assertRefused("agenda.error.file-empty", "empty.pdf", new byte[0]);
    assertRefused("agenda.error.file-required", " ", PDF);
    byte[] tooLarge = new byte[MaterialFile.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertRefused("agenda.error.file-too-large", "big.pdf", tooLarge);
  }

  private static void assertRefused(String key, String name, byte[] content) {
    ConsultationRefused refused =
        assertThrows(ConsultationRefused.class, () -> MaterialFile.check(name, content));
    assertEquals(key, refused.messageKey(), name);
  }

  static byte[] ooxml() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] zipWithout() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
