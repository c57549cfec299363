package jp.renkei.portal.platform.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * One log line per refused request — who (the username, or "anonymous"), which circle, what (method
 * and path, no query: it may carry personal data) and why — for the operators to see probing or a
 * misconfigured role. Rate-limited: at most {@link #LINES_PER_MINUTE} lines a minute per instance,
 * then one line saying how many were left out, so that a prober cannot fill the log.
 *
 * <pre>{@code
 * DenialLog.denied(caller.username(), "aomori", "GET /c/aomori/people", "role");
 * }</pre>
 */
public final class DenialLog {

  private static final Logger LOG = Logger.getLogger(DenialLog.class.getName());

  static final int LINES_PER_MINUTE = 60;
  private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

  private static final AtomicLong windowStart = new AtomicLong(System.nanoTime());
  private static final AtomicLong inWindow = new AtomicLong();
  private static final AtomicLong leftOut = new AtomicLong();

  private DenialLog() {}

  /** Logs a refusal, unless this minute's lines are used up. */
  public static void denied(String who, String circle, String what, String why) {
    long now = System.nanoTime();
    long start = windowStart.get();
    if (now - start > WINDOW_NANOS && windowStart.compareAndSet(start, now)) {
      inWindow.set(0);
      long skipped = leftOut.getAndSet(0);
      if (skipped > 0) {
        LOG.warning(() -> "Denied: " + skipped + " more refusals in the last minute not logged");
      }
    }
    if (inWindow.incrementAndGet() > LINES_PER_MINUTE) {
      leftOut.incrementAndGet();
      return;
    }
    LOG.info(
        () ->
            "Denied: who="
                + (who == null || who.isBlank() ? "anonymous" : who)
                + " circle="
                + (circle == null ? "-" : circle)
                + " what="
                + what
                + " why="
                + why);
  }

  /** The circle's address in a path like {@code /c/aomori/people}, or null. */
  public static String circleOf(String path) {
    if (path == null || !path.startsWith("/c/")) {
      return null;
    }
    int end = path.indexOf('/', 3);
    return end < 0 ? path.substring(3) : path.substring(3, end);
  }
}
