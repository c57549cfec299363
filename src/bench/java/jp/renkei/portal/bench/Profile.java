package jp.renkei.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Java Flight Recorder profile of the portal while the load runs ({@code -Dbench.profile=true}):
 * JFR ships with the JDK, so nothing is installed. Summarized as the share of CPU samples by the
 * frame on top and, inclusively, by library, written to {@code target/bench/profile.txt}.
 */
final class Profile {

  /** Libraries the summary counts inclusively: a sample counts for each one on its stack. */
  private static final List<String> LIBRARIES =
      List.of(
          "jp.renkei.",
          "com.sun.faces.",
          "jakarta.faces.",
          "org.primefaces.",
          "org.glassfish.soteria.",
          "com.sun.web.security.",
          "org.glassfish.exousia.",
          "org.jboss.weld.",
          "org.eclipse.persistence.",
          "org.apache.catalina.",
          "org.glassfish.grizzly.",
          "sun.nio.ch.");

  private final long pid;
  private final Path file;

  private Profile(long pid, Path file) {
    this.pid = pid;
    this.file = file;
  }

  static Profile start(long pid, Path work) throws IOException, InterruptedException {
    Path file = work.resolve("signed-in.jfr");
    Files.deleteIfExists(file);
    run(
        "jcmd",
        Long.toString(pid),
        "JFR.start",
        "name=bench",
        "settings=profile",
        "filename=" + file);
    return new Profile(pid, file);
  }

  String stopAndSummarize() throws IOException, InterruptedException {
    run("jcmd", Long.toString(pid), "JFR.stop", "name=bench");
    String samples =
        run(
            "jfr",
            "print",
            "--events",
            "jdk.ExecutionSample",
            "--stack-depth",
            "200",
            file.toString());
    List<List<String>> stacks = stacks(samples);
    Map<String, Integer> top = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    for (List<String> stack : stacks) {
      top.merge(stack.get(0), 1, Integer::sum);
      Set<String> seen = new LinkedHashSet<>();
      for (String frame : stack) {
        LIBRARIES.stream().filter(frame::startsWith).forEach(seen::add);
      }
      seen.forEach(l -> inclusive.merge(l, 1, Integer::sum));
    }
    List<String> lines = new ArrayList<>();
    lines.add("CPU samples: " + stacks.size());
    lines.add("By library (inclusive):");
    inclusive.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                lines.add(
                    String.format("  %5.1f%% %s", percent(e.getValue(), stacks), e.getKey())));
    lines.add("Top frames:");
    top.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(30)
        .forEach(
            e ->
                lines.add(
                    String.format("  %5.1f%% %s", percent(e.getValue(), stacks), e.getKey())));
    Path summary = file.resolveSibling("profile.txt");
    Files.write(summary, lines, StandardCharsets.UTF_8);
    return stacks.size()
        + " samples, "
        + inclusive.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(6)
            .map(e -> String.format("%s %.0f%%", e.getKey(), percent(e.getValue(), stacks)))
            .collect(Collectors.joining(", "))
        + " (details: "
        + summary
        + ")";
  }

  private static double percent(int count, List<List<String>> stacks) {
    return stacks.isEmpty() ? 0 : 100.0 * count / stacks.size();
  }

  /** The frames of each sample, top first, as "class.method". */
  private static List<List<String>> stacks(String printed) {
    List<List<String>> stacks = new ArrayList<>();
    List<String> current = null;
    for (String line : printed.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("stackTrace = [")) {
        current = new ArrayList<>();
      } else if (current != null && trimmed.startsWith("]")) {
        if (!current.isEmpty()) {
          stacks.add(current);
        }
        current = null;
      } else if (current != null && !trimmed.isEmpty() && !trimmed.equals("...")) {
        int paren = trimmed.indexOf('(');
        current.add(paren > 0 ? trimmed.substring(0, paren) : trimmed);
      }
    }
    return stacks;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
