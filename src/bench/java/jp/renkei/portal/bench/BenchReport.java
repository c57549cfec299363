package jp.renkei.portal.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The head every benchmark's report starts with: what it measured, when, and on what machine. */
final class BenchReport {

  private BenchReport() {}

  /** The title with the time, and the machine's cores and JDK followed by {@code setting}. */
  static List<String> start(String title, String setting) {
    List<String> report = new ArrayList<>();
    report.add("# " + title + ", " + LocalDateTime.now().withNano(0));
    report.add("");
    report.add(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, JDK "
            + System.getProperty("java.version")
            + ", "
            + setting);
    return report;
  }
}
