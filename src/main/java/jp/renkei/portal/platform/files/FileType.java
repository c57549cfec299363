package jp.renkei.portal.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file people may upload — PDF, Office documents and images (a map, a scan) — each
 * known by its extension AND its content: a file whose bytes are not what its name says is refused,
 * so an executable renamed to {@code .pdf} never reaches another office or a resident.
 */
public enum FileType {
  PDF("pdf", "application/pdf", Container.PDF),
  DOCX(
      "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      Container.OOXML),
  XLSX(
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Container.OOXML),
  PPTX(
      "pptx",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      Container.OOXML),
  DOC("doc", "application/msword", Container.OLE2),
  XLS("xls", "application/vnd.ms-excel", Container.OLE2),
  PPT("ppt", "application/vnd.ms-powerpoint", Container.OLE2),
  PNG("png", "image/png", Container.PNG),
  JPG("jpg", "image/jpeg", Container.JPEG),
  JPEG("jpeg", "image/jpeg", Container.JPEG);

  private final String extension;
  private final String mediaType;
  private final Container container;

  FileType(String extension, String mediaType, Container container) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.container = container;
  }

  /** The type a file name's extension claims, if it is one of ours. */
  public static Optional<FileType> byFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
  }

  /** True when the bytes are really a file of this type. */
  public boolean matches(byte[] content) {
    return container.holds(content);
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  private enum Container {
    PDF {
      @Override
      boolean holds(byte[] b) {
        return startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'});
      }
    },
    PNG {
      @Override
      boolean holds(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
      }
    },
    JPEG {
      @Override
      boolean holds(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      }
    },
    OLE2 {
      @Override
      boolean holds(byte[] b) {
        return startsWith(
            b,
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1
            });
      }
    },
    /** Office Open XML: a zip archive whose parts are declared in [Content_Types].xml. */
    OOXML {
      @Override
      boolean holds(byte[] b) {
        if (!startsWith(b, new byte[] {'P', 'K', 3, 4})) {
          return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals("[Content_Types].xml")) {
              return true;
            }
          }
          return false;
        } catch (IOException | IllegalArgumentException e) {
          return false;
        }
      }
    };

    abstract boolean holds(byte[] content);

    static boolean startsWith(byte[] content, byte[] magic) {
      return content.length >= magic.length
          && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
  }
}
