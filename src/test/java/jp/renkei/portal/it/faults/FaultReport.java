package jp.renkei.portal.it.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code target/faults/report.md}: each fault test class adds its figures as a section; the first
 * section of a run starts the file afresh.
 */
final class FaultReport {

  private static final Path FILE = Path.of("target/faults/report.md");
  private static boolean started;

  private FaultReport() {}

  static synchronized void append(String heading, List<String> lines) throws IOException {
    Files.createDirectories(FILE.getParent());
    StringBuilder text = new StringBuilder();
    if (!started) {
      Files.deleteIfExists(FILE);
      text.append("# Fault suite, ").append(java.time.LocalDate.now()).append("\n");
      started = true;
    }
    text.append("\n## ").append(heading).append("\n\n");
    lines.forEach(l -> text.append(l).append('\n'));
    Files.writeString(
        FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print(text);
  }
}
