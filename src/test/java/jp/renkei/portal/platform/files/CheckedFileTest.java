package jp.renkei.portal.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class CheckedFileTest {

  private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

  @Test
  void acceptsAPdfAndAnOfficeDocument() throws IOException {
    assertEquals(FileType.PDF, CheckedFile.check("資料1.pdf", PDF).type());
    assertEquals(FileType.DOCX, CheckedFile.check("議題.DOCX", ooxml()).type());
  }

  @Test
  void refusesWhatItShouldWithTheRightMessage() throws IOException {
    assertRefused("file.error.name-path", "../../etc/passwd.pdf", PDF);
    assertRefused("file.error.name-path", "C:\\Users\\secret.pdf", PDF);
    assertRefused("file.error.name-path", "folder/資料.pdf", PDF);
    assertRefused("file.error.name-invalid", ".hidden.pdf", PDF);
    assertRefused("file.error.type", "setup.exe", PDF);
    assertRefused("file.error.type", "no-extension", PDF);
    assertRefused("file.error.content", "renamed.pdf", "MZ executable".getBytes());
    assertRefused("file.error.content", "map.png", PDF);
    assertEquals(
        FileType.PNG,
        CheckedFile.check(
                "地図.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})
            .type());
    assertEquals(
        FileType.JPG,
        CheckedFile.check("写真.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).type());
    assertRefused("file.error.content", "plain-zip.docx", zipWithout());
    assertRefused("file.error.empty", "empty.pdf", new byte[0]);
    assertRefused("file.error.required", " ", PDF);
    byte[] tooLarge = new byte[CheckedFile.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertRefused("file.error.too-large", "big.pdf", tooLarge);
  }

  private static void assertRefused(String key, String name, byte[] content) {
    FileRefused refused = assertThrows(FileRefused.class, () -> CheckedFile.check(name, content));
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
