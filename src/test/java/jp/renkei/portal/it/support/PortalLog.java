package jp.renkei.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The portal's log in the tests ({@code target/it/portal.log}): what it wrote since a mark, waiting
 * up to 10 s for an expected line, for tests that assert what the operators see.
 *
 * <pre>{@code
 * long mark = PortalLog.mark();
 * … do something …
 * String logged = PortalLog.since(mark, "Denied: who=resident");
 * }</pre>
 */
public final class PortalLog {

  private static final Path LOG = Path.of("target/it/portal.log");

  private PortalLog() {}

  public static long mark() {
    try {
      return Files.size(LOG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What was logged since the mark, once the expected text arrived (or after 10 s). */
  public static String since(long mark, String expected) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    String logged = read(mark);
    while (!logged.contains(expected) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      logged = read(mark);
    }
    return logged;
  }

  private static String read(long mark) {
    try {
      byte[] all = Files.readAllBytes(LOG);
      int from = (int) Math.min(mark, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
