package jp.renkei.portal.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process, with its output in a log file, that counts as up once a URL
 * answers 200. Closing it stops the process (and its children), gently first.
 */
public final class ServerProcess implements AutoCloseable {

  /**
   * Plain HTTP/1.1, as a browser speaks to plain http: the client's default asks each new
   * connection to upgrade to HTTP/2 (h2c). Twice in a row (5 December) a cluster instance that had
   * logged "ready", and that curl found ready in 0.03 s, was never found ready by this client in
   * five minutes; the upgrade was the one difference from curl and from the tests' own client
   * ({@code PortalHttp}, HTTP/1.1 since 23 November). Should it happen again, the failure now says
   * what the instance last answered and leaves its thread dump beside its log.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ServerProcess start(
      String name, List<String> command, Path workingDir, Map<String, String> env, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new ServerProcess(name, builder.start(), log);
  }

  /**
   * Waits until {@code url} answers 200; fails with the log's tail when the process dies or time
   * runs out.
   */
  public void awaitReady(String url, Duration timeout) throws IOException, InterruptedException {
    await(url, timeout, status -> status == 200);
  }

  /**
   * Waits until the log has a line matching {@code pattern} and returns the pattern's first group,
   * e.g. Payara's own "ready in N (ms)".
   */
  public String awaitLogLine(java.util.regex.Pattern pattern, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        java.util.regex.Matcher m = pattern.matcher(Files.readString(log));
        if (m.find()) {
          return m.group(1);
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped:\n" + tail());
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("No line like " + pattern + " in " + log);
  }

  private void await(String url, Duration timeout, java.util.function.IntPredicate ready)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastAnswer = "none";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + tail());
      }
      try {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (ready.test(status)) {
          return;
        }
        lastAnswer = "status " + status;
      } catch (IOException notYet) {
        // Not listening yet, or too slow to answer.
        lastAnswer = notYet.getClass().getSimpleName();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        String.format(
            "%s not ready after %s (%s last answered: %s; %s):%n%s",
            name, timeout, url, lastAnswer, threadDump(), tail()));
  }

  /**
   * What a Java server that does not come up is doing, beside its log (a cluster instance once
   * started but its readiness did not answer for five minutes, and its log said nothing).
   */
  private String threadDump() {
    Path dump = log.resolveSibling(log.getFileName() + ".threads.txt");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process print =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(dump.toFile())
              .start();
      if (!print.waitFor(30, TimeUnit.SECONDS)) {
        print.destroyForcibly();
      }
      return "its threads in " + dump;
    } catch (IOException e) {
      return "no thread dump: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no thread dump: interrupted";
    }
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  Path log() {
    return log;
  }

  /** The operating system's id of the server process, for tools such as jcmd. */
  public long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once (SIGKILL), as a crash would: no shutdown hooks, nothing released. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
