package jp.renkei.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.launch.PayaraMicroServer;
import jp.renkei.portal.launch.PortalStack;
import jp.renkei.portal.launch.ServerProcess;

/**
 * The foundation's performance targets, measured on loopback ({@code mvn -Pbench}; needs {@code
 * wrk}):
 *
 * <ul>
 *   <li>portal ready in at most 2× an empty Payara Micro's start;
 *   <li>the signed-in circle home page at ≥ 1,000 requests/s with p99 ≤ 100 ms at 20 connections,
 *       once the JIT has settled ({@link JitWarmUp}), and for reference soon after the start;
 *   <li>public pages create no HTTP session;
 *   <li>heap ≤ 512 MB through the run.
 * </ul>
 *
 * Prints the figures and writes them to {@code target/bench/foundation.md}.
 */
public final class FoundationBenchmark {

  private static final int PORTAL_PORT = 18080;
  private static final int KEYCLOAK_PORT = 18180;
  private static final int EMPTY_PAYARA_PORT = 18380;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private FoundationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of("target/bench").toAbsolutePath();
    Path runtime = Path.of(System.getProperty("renkei.runtime.dir", "target/runtime"));
    int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 60);
    int measureSeconds = Integer.getInteger("bench.seconds", 30);
    List<String> report = new ArrayList<>();
    report.add("# Foundation benchmark, " + LocalDateTime.now().withNano(0));
    report.add("");
    report.add(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", JDK "
            + System.getProperty("java.version"));

    long emptyMillis =
        emptyPayaraStartMillis(runtime.resolve("payara-micro.jar"), work.resolve("empty"));
    report.add("- empty Payara Micro ready (its own \"ready in\"): " + emptyMillis + " ms");

    deleteTree(work.resolve("stack/data")); // a fresh embedded database each run
    var settings =
        PortalStack.Settings.fromSystemProperties(
            work.resolve("stack"),
            PORTAL_PORT,
            KEYCLOAK_PORT,
            true,
            Map.of(
                "RENKEI_DB_URL",
                "jdbc:h2:file:" + work.resolve("stack/data/renkei"),
                "RENKEI_DEMO_DATA",
                "true",
                "RENKEI_DB_EMBEDDED_ALLOWED",
                "true"));
    try (PortalStack stack = PortalStack.startKeycloakFirst(settings)) {
      long portalMillis = portalReadyMillis(stack);
      report.add(
          String.format(
              "- portal ready (its own \"ready in\", Keycloak already up): %d ms = %.2f× empty"
                  + " (target ≤ 2×); /health/ready green %d ms after the process started",
              portalMillis, portalMillis / (double) emptyMillis, stack.portalReadyMillis()));
      report.add(
          "- public pages create no session: " + publicPagesMakeNoSession(stack.portalUrl()));

      String cookie = SignIn.sessionCookie(stack, "aomori-mayor");
      String home = stack.portalUrl() + "/c/aomori/";
      HttpResponse<String> page = get(home, cookie);
      if (page.statusCode() != 200 || !page.body().contains("id=\"sign-out\"")) {
        throw new IllegalStateException("Not the signed-in home page: " + page.statusCode());
      }
      HeapSampler heap = HeapSampler.start(stack.portalPid());
      Wrk.run(home, cookie, 2, 20, warmupSeconds);
      Wrk.Result early = Wrk.run(home, cookie, 1, 20, measureSeconds);
      report.add(
          String.format(
              "- signed-in circle home page soon after start (wrk -t1 -c20 -d%ds after %d s of"
                  + " load, the JIT still compiling): %s requests/s, p99 %s; errors: %s",
              measureSeconds,
              warmupSeconds,
              early.requestsPerSecond(),
              early.p99(),
              early.errors()));
      JitWarmUp.Outcome warmUp =
          JitWarmUp.run(
              stack.portalPid(),
              home,
              cookie,
              0,
              Integer.getInteger("bench.warmup-max-seconds", 480));
      report.add("- warm-up to the steady state: " + warmUp.describe());
      Profile profile =
          Boolean.getBoolean("bench.profile") ? Profile.start(stack.portalPid(), work) : null;
      for (int threads : new int[] {1, 2}) {
        Wrk.Result result = Wrk.run(home, cookie, threads, 20, measureSeconds);
        report.add(
            String.format(
                "- signed-in circle home page, steady state, wrk -t%d -c20 -d%ds: %s"
                    + " requests/s, p99 %s (target ≥ 1,000 requests/s, p99 ≤ 100 ms); errors: %s",
                threads,
                measureSeconds,
                result.requestsPerSecond(),
                result.p99(),
                result.errors()));
      }
      heap.stop();
      if (profile != null) {
        report.add("- where the signed-in page's time goes: " + profile.stopAndSummarize());
      }
      if (!"false".equals(System.getProperty("bench.public"))) {
        report.add("");
        report.add("Public pages (issue 3):");
        report.addAll(PublicPagesBenchmark.run(stack.portalUrl(), work, measureSeconds));
      }
      report.add("");
      report.add(
          "- heap used, most seen during the load (jcmd GC.heap_info every 2 s): "
              + heap.maxUsedMegabytes()
              + " MB (cap -Xmx512m; target ≤ 512 MB)");
    }
    String text = String.join("\n", report) + "\n";
    Files.createDirectories(work);
    Files.writeString(work.resolve("foundation.md"), text);
    System.out.println();
    System.out.println(text);
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Payara's own "ready in" figure, the same measure for the empty server and the portal. */
  private static final Pattern READY_IN = Pattern.compile("ready in ([0-9,]+) \\(ms\\)");

  private static long emptyPayaraStartMillis(Path jar, Path work) throws Exception {
    try (ServerProcess empty = PayaraMicroServer.startEmpty(jar, work, EMPTY_PAYARA_PORT)) {
      return Long.parseLong(empty.awaitLogLine(READY_IN, Duration.ofMinutes(2)).replace(",", ""));
    }
  }

  private static long portalReadyMillis(PortalStack stack) throws IOException {
    Matcher m = READY_IN.matcher(Files.readString(stack.portalLog()));
    if (!m.find()) {
      throw new IllegalStateException("Payara did not say it was ready");
    }
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  private static String publicPagesMakeNoSession(String portal) throws Exception {
    for (String path : List.of("/", "/c/aomori/", "/c/nagano/", "/api/v1/circles")) {
      HttpResponse<String> response = get(portal + path, null);
      if (response.headers().firstValue("Set-Cookie").isPresent()) {
        return "NO — " + path + " set " + response.headers().firstValue("Set-Cookie").get();
      }
    }
    return "yes (/, /c/aomori/, /c/nagano/, /api/v1/circles)";
  }

  static HttpResponse<String> get(String url, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** wrk against one URL with a session cookie. */
  static final class Wrk {
    record Result(String requestsPerSecond, String p99, String errors) {}

    static Result run(String url, String cookie, int threads, int connections, int seconds)
        throws Exception {
      List<String> command =
          new ArrayList<>(
              List.of(
                  "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
      if (cookie != null) {
        command.addAll(List.of("-H", "Cookie: " + cookie));
      }
      command.add(url);
      Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      wrk.waitFor();
      return new Result(
          find(out, "Requests/sec:\\s+([0-9.]+)"),
          find(out, "\\s99%\\s+([0-9.]+\\w+)"),
          out.contains("Non-2xx")
              ? find(out, "Non-2xx or 3xx responses:\\s+(\\d+)") + " non-2xx"
              : "none");
    }

    private static String find(String text, String regex) {
      Matcher m = Pattern.compile(regex).matcher(text);
      return m.find() ? m.group(1) : "?";
    }
  }

  /** Samples the portal's used heap with jcmd while the load runs. */
  static final class HeapSampler {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong maxKilobytes = new AtomicLong();

    static HeapSampler start(long pid) {
      HeapSampler sampler = new HeapSampler();
      sampler.timer.scheduleAtFixedRate(() -> sampler.sample(pid), 0, 2, TimeUnit.SECONDS);
      return sampler;
    }

    private void sample(long pid) {
      try {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = USED.matcher(out);
        if (m.find()) {
          maxKilobytes.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
        }
      } catch (IOException e) {
        // A missed sample only makes the figure less complete.
      }
    }

    void stop() {
      timer.shutdownNow();
    }

    long maxUsedMegabytes() {
      return maxKilobytes.get() / 1024;
    }
  }
}
