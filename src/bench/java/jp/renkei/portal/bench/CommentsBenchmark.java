package jp.renkei.portal.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.portal.launch.PortalStack;

/**
 * A million comments (issue 19), on PostgreSQL as in production: one draft with 1,000,000 generated
 * opinions beside one with 1,000, and the moderation list's first and a deep page of each (p50/p95
 * of sequential requests), and the CSV export of all million (time, bytes, the portal's heap).
 * Target: p95 at 1M ≤ 1.5× p95 at 1,000; the export ≤ 60 s within -Xmx512m. {@code mvn -Pbench
 * -Dbench.main=jp.renkei.portal.bench.CommentsBenchmark}; a database {@code renkei_bench_comments}
 * is dropped and made.
 */
public final class CommentsBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "renkei_bench_comments";
  private static final int MANY = Integer.getInteger("bench.comments", 1_000_000);
  private static final int FEW = 1_000;
  private static final int SAMPLES = 40;
  private static final Pattern NEXT =
      Pattern.compile("id=\"next-page\" href=\"\\?after=([^\"]+)\"");

  private CommentsBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> report =
        BenchReport.start("A million comments", "PostgreSQL on loopback, portal -Xmx512m");
    BenchDatabase database = BenchDatabase.fresh(DATABASE);
    Path work = Path.of("target/bench").toAbsolutePath();
    var settings =
        PortalStack.Settings.fromSystemProperties(
            work.resolve("comments"), 18080, 18180, true, database.portalEnvironment(Map.of()));
    try (PortalStack stack = PortalStack.startKeycloakFirst(settings)) {
      System.out.printf("Generating %,d and %,d opinions…%n", MANY, FEW);
      long seeding = System.nanoTime();
      seed();
      report.add(
          String.format(
              "- generated %,d + %,d opinions in %.0f s (INSERT … SELECT generate_series, ANALYZE)",
              MANY, FEW, (System.nanoTime() - seeding) / 1e9));
      String cookie = SignIn.sessionCookie(stack, "aomori-mayor");
      String base = stack.portalUrl() + "/c/aomori/agreements/";
      // Warm the JIT on both pages before measuring either.
      for (int i = 0; i < 200; i++) {
        FoundationBenchmark.get(base + "1/feedback", cookie);
        FoundationBenchmark.get(base + "2/feedback", cookie);
      }
      double[] few = timings(base + "2/feedback", cookie);
      double[] many = timings(base + "1/feedback", cookie);
      String deep = deepPage(base + "1/feedback", cookie);
      double[] manyDeep = timings(base + "1/feedback?after=" + deep, cookie);
      report.add(line("moderation list, first page, 1,000 opinions", few));
      report.add(line(String.format("moderation list, first page, %,d opinions", MANY), many));
      report.add(line("moderation list, a page after the 900,000th opinion", manyDeep));
      report.add(
          String.format(
              "- p95 at %,d ÷ p95 at 1,000: first page %.2f, deep page %.2f (target ≤ 1.5)",
              MANY, many[1] / few[1], manyDeep[1] / few[1]));

      System.out.println("Exporting every opinion as CSV…");
      FoundationBenchmark.HeapSampler heap =
          FoundationBenchmark.HeapSampler.start(stack.portalPid());
      long started = System.nanoTime();
      HttpResponse<InputStream> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "1/feedback.csv"))
                      .header("Cookie", cookie)
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      long bytes = 0;
      long lines = 0;
      try (InputStream in = csv.body()) {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      heap.stop();
      report.add(
          String.format(
              "- CSV export of %,d opinions: HTTP %d, %,d lines, %.0f MB in %.1f s (target ≤ 60 s);"
                  + " portal heap at most %d MB while it ran (-Xmx512m)",
              MANY, csv.statusCode(), lines, bytes / 1e6, seconds, heap.maxUsedMegabytes()));
    }
    report.forEach(System.out::println);
    Files.createDirectories(work);
    Files.write(work.resolve("comments.md"), report);
  }

  /** Puts the two draft agreements of 青森 to the residents and gives them their opinions. */
  private static void seed() throws Exception {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION', feedback_opens = CURRENT_DATE - 1,"
              + " feedback_closes = CURRENT_DATE + 30 WHERE id IN (1, 2)");
      sql.executeUpdate(generated(1, MANY, 10_000_000L));
      sql.executeUpdate(generated(2, FEW, 20_000_000L));
      sql.execute("ANALYZE feedback");
    }
  }

  private static String generated(long version, int count, long firstId) {
    return "INSERT INTO feedback (id, circle_id, subject_type, subject_id, author, body,"
        + " submitted_at, hidden, lock_version)"
        + " SELECT "
        + firstId
        + " + g, (SELECT id FROM circle WHERE slug = 'aomori'), 'AGREEMENT_VERSION', "
        + version
        + ", 'resident-' || (g % 100000),"
        + " '路線バスの本数を増やしてほしい。通学と通院に使っています。（生成した意見 ' || g || '）',"
        + " TIMESTAMP '2026-11-01 00:00:00' + g * INTERVAL '1 second', FALSE, 0"
        + " FROM generate_series(1, "
        + count
        + ") g";
  }

  /** The cursor of a page after the 900,000th opinion, found by its id's neighbour. */
  private static String deepPage(String moderation, String cookie) throws Exception {
    String first = FoundationBenchmark.get(moderation, cookie).body();
    Matcher next = NEXT.matcher(first);
    if (!next.find()) {
      throw new IllegalStateException("no next page on " + moderation);
    }
    // The cursor is "seconds.nanos-id"; the 900,000th generated opinion is one second apart each.
    long seconds =
        java.time.LocalDateTime.of(2026, 11, 1, 0, 0)
            .plusSeconds(Math.min(MANY - 100, 900_000))
            .toEpochSecond(java.time.ZoneOffset.UTC);
    return seconds + ".0-" + (10_000_000L + Math.min(MANY - 100, 900_000));
  }

  /** p50 and p95 in milliseconds of sequential requests. */
  private static double[] timings(String url, String cookie) throws Exception {
    double[] ms = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      HttpResponse<String> page = FoundationBenchmark.get(url, cookie);
      ms[i] = (System.nanoTime() - start) / 1e6;
      if (page.statusCode() != 200 || !page.body().contains("moderation-list")) {
        throw new IllegalStateException(url + " answered " + page.statusCode());
      }
    }
    Arrays.sort(ms);
    return new double[] {ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.95) - 1]};
  }

  private static String line(String what, double[] p) {
    return String.format(
        "- %s: p50 %.1f ms, p95 %.1f ms (%d sequential requests)", what, p[0], p[1], SAMPLES);
  }
}
