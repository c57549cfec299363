package jp.renkei.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load until the portal's JIT compilers have settled, measured rather than guessed: on two cores
 * the C2 compiler works through the thousands of methods a Faces request touches for three to four
 * minutes of load and takes most of a core while it does (measured: 105 s of compile time during
 * the first 105 s of load), so a fixed one-minute warm-up measured the compiler as much as the
 * portal. A round of load counts as settled when the JVM spent less than {@link
 * #SETTLED_COMPILE_SHARE} of one core compiling during it ({@code jstat -compiler}, part of the
 * JDK).
 */
final class JitWarmUp {

  /** Compile time per second of load below which the JIT no longer competes for the cores. */
  static final double SETTLED_COMPILE_SHARE = 0.05;

  private static final int ROUND_SECONDS = 20;
  private static final Pattern COMPILER_LINE =
      Pattern.compile("^\\s*(\\d+)\\s+\\d+\\s+\\d+\\s+([0-9.]+)", Pattern.MULTILINE);

  record Outcome(int seconds, boolean settled, double lastCompileShare, long compiledMethods) {
    String describe() {
      return String.format(
          "%d s of load until the JIT %s (compile time %.1f %% of a core in the last %d s; %,d"
              + " methods compiled)",
          seconds,
          settled ? "settled" : "was still busy — the time limit ended the warm-up",
          lastCompileShare * 100,
          ROUND_SECONDS,
          compiledMethods);
    }
  }

  private JitWarmUp() {}

  /** At least {@code minSeconds} of load, then rounds until settled or {@code maxSeconds}. */
  static Outcome run(long pid, String url, String cookie, int minSeconds, int maxSeconds)
      throws Exception {
    System.out.printf("warm-up on %s: %d s of load first%n", url, minSeconds);
    FoundationBenchmark.Wrk.run(url, cookie, 2, 20, minSeconds);
    int seconds = minSeconds;
    double share = Double.NaN;
    Compiler before = Compiler.of(pid);
    while (seconds < maxSeconds) {
      FoundationBenchmark.Wrk.run(url, cookie, 2, 20, ROUND_SECONDS);
      seconds += ROUND_SECONDS;
      Compiler after = Compiler.of(pid);
      share = (after.seconds() - before.seconds()) / ROUND_SECONDS;
      before = after;
      System.out.printf(
          "warm-up: %d s, compiling %.1f %% of a core in the last round (settled below %.0f %%)%n",
          seconds, share * 100, SETTLED_COMPILE_SHARE * 100);
      if (share < SETTLED_COMPILE_SHARE) {
        return new Outcome(seconds, true, share, after.methods());
      }
    }
    return new Outcome(seconds, false, share, before.methods());
  }

  /** The JVM's compile counters: methods compiled and seconds spent compiling so far. */
  record Compiler(long methods, double seconds) {
    static Compiler of(long pid) throws IOException, InterruptedException {
      Process jstat = new ProcessBuilder("jstat", "-compiler", Long.toString(pid)).start();
      String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jstat.waitFor();
      Matcher m = COMPILER_LINE.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("jstat -compiler said: " + out);
      }
      return new Compiler(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)));
    }
  }
}
