package jp.renkei.portal.platform.files;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded file from a form: at most one byte more than allowed (so that a file too large
 * is told, not read whole), and the container's temporary copy deleted whatever happens.
 *
 * <pre>{@code
 * byte[] content = Uploads.read(file, CheckedFile.MAX_BYTES);
 * }</pre>
 */
public final class Uploads {

  private Uploads() {}

  public static byte[] read(Part part, int maxBytes) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        part.delete();
      } catch (IOException ignored) {
        // The container removes its temporary files at the end of the request anyway.
      }
    }
  }
}
