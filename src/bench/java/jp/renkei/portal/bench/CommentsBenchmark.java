package jp.renkei.portal.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.launch.PortalStack;

/**
 * A million comments (issue 19), on PostgreSQL as in production: one draft with 1,000,000 generated
 * opinions beside one with 1,000, and the moderation list's first and a deep page of each (p50/p95
 * of sequential requests); the resident's own page with 1,000 and with 1,001,000 opinions in the
 * table; publishing each draft's 意見と考え方 and its public page; the CSV export of all million (time,
 * bytes, the portal's heap). Target: p95 at 1M ≤ 1.5× p95 at 1,000; the export ≤ 60 s within
 * -Xmx512m. {@code mvn -Pbench -Dbench.main=jp.renkei.portal.bench.CommentsBenchmark}; a database
 * {@code renkei_bench_comments} is dropped and made.
 */
public final class CommentsBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "renkei_bench_comments";
  private static final int MANY = Integer.getInteger("bench.comments", 1_000_000);
  private static final int FEW = 1_000;
  private static final int SAMPLES = 200;
  private static final String MODERATION = "moderation-list";
  private static final String RESPONSES = "id=\"opinions-and-responses\"";
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
      System.out.printf("Generating %,d opinions and the resident's own…%n", FEW);
      seedFew();
      String cookie = SignIn.sessionCookie(stack, "aomori-mayor");
      String resident = SignIn.sessionCookie(stack, "resident");
      String base = stack.portalUrl() + "/c/aomori/agreements/";
      String me = stack.portalUrl() + "/me";
      // Warm the JIT on the resident's page before measuring it at either size.
      for (int i = 0; i < 1000; i++) {
        FoundationBenchmark.get(me, resident);
      }
      double[] meFew = timings(me, resident, "id=\"opinions\"");

      System.out.printf("Generating %,d opinions…%n", MANY);
      long seeding = System.nanoTime();
      seedMany();
      report.add(
          String.format(
              "- generated %,d + %,d opinions in %.0f s (INSERT … SELECT generate_series, ANALYZE)",
              MANY, FEW, (System.nanoTime() - seeding) / 1e9));
      // Warm the JIT on both pages before measuring either.
      for (int i = 0; i < 200; i++) {
        FoundationBenchmark.get(base + "1/feedback", cookie);
        FoundationBenchmark.get(base + "2/feedback", cookie);
        FoundationBenchmark.get(me, resident);
      }
      double[] few = timings(base + "2/feedback", cookie, MODERATION);
      double[] many = timings(base + "1/feedback", cookie, MODERATION);
      String deep = deepPage(base + "1/feedback", cookie);
      double[] manyDeep = timings(base + "1/feedback?after=" + deep, cookie, MODERATION);
      double[] meMany = timings(me, resident, "id=\"opinions\"");
      report.add(line("moderation list, first page, 1,000 opinions", few));
      report.add(line(String.format("moderation list, first page, %,d opinions", MANY), many));
      report.add(line("moderation list, a page after the 900,000th opinion", manyDeep));
      report.add(
          String.format(
              "- p95 at %,d ÷ p95 at 1,000: first page %.2f, deep page %.2f (target ≤ 1.5)",
              MANY, many[1] / few[1], manyDeep[1] / few[1]));
      report.add(line("the resident's own page (/me), 1,000 opinions in the table", meFew));
      report.add(line(String.format("the same, %,d in the table", MANY + FEW), meMany));
      report.add(
          String.format(
              "- p95 at %,d ÷ p95 at 1,000: the resident's own page %.2f (target ≤ 1.5)",
              MANY, meMany[1] / meFew[1]));

      System.out.println("Publishing the 意見と考え方 of each draft…");
      PortalHttp office =
          PortalHttp.signedIn(
              TestStack.attachedTo(stack.portalUrl(), stack.keycloakUrl()), "aomori-mayor");
      double fewPublished = publish(office, 2);
      FoundationBenchmark.HeapSampler publishing =
          FoundationBenchmark.HeapSampler.start(stack.portalPid());
      double manyPublished = publish(office, 1);
      double resolved = resolvedAfter("commenters:AGREEMENT_VERSION:1");
      publishing.stop();
      report.add(
          String.format(
              "- publishing the 意見と考え方: %.0f ms with 1,000 opinions, %.0f ms with %,d; its news"
                  + " to the residents who commented (100,000, a group the dispatcher looks up)"
                  + " resolved %.1f s after the publication; portal heap at most %d MB meanwhile"
                  + " (-Xmx512m)",
              fewPublished, manyPublished, MANY, resolved, publishing.maxUsedMegabytes()));
      for (int i = 0; i < 200; i++) {
        FoundationBenchmark.get(base + "1", null);
        FoundationBenchmark.get(base + "2", null);
      }
      double[] publicFew = timings(base + "2", null, RESPONSES);
      double[] publicMany = timings(base + "1", null, RESPONSES);
      report.add(line("the public 意見と考え方 on the draft's page, 1,000 opinions", publicFew));
      report.add(line(String.format("the same, %,d opinions", MANY), publicMany));
      report.add(
          String.format(
              "- p95 at %,d ÷ p95 at 1,000: the public 意見と考え方 %.2f (target ≤ 1.5)",
              MANY, publicMany[1] / publicFew[1]));

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

  /**
   * Puts the two draft agreements of 青森 to the residents for a period that ended yesterday (so that
   * the 意見と考え方 can be published), gives the smaller one its 1,000 opinions and the demo resident
   * three of their own.
   */
  private static void seedFew() throws Exception {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION', feedback_opens = CURRENT_DATE -"
              + " 30, feedback_closes = CURRENT_DATE - 1 WHERE id IN (1, 2)");
      sql.executeUpdate(generated(2, FEW, 20_000_000L));
      sql.executeUpdate(
          "INSERT INTO feedback (id, circle_id, subject_type, subject_id, author, body,"
              + " submitted_at, hidden, lock_version)"
              + " SELECT 30000000 + g, (SELECT id FROM circle WHERE slug = 'aomori'),"
              + " 'AGREEMENT_VERSION', 2, 'resident', '駅前の駐輪場を広げてください（' || g || '）',"
              + " TIMESTAMP '2026-10-01 00:00:00' + g * INTERVAL '1 day', FALSE, 0"
              + " FROM generate_series(1, 3) g");
      sql.execute("ANALYZE feedback");
    }
  }

  /** Gives the larger draft its million opinions, from 100,000 residents. */
  private static void seedMany() throws Exception {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.executeUpdate(generated(1, MANY, 10_000_000L));
      sql.execute("ANALYZE feedback");
    }
  }

  /**
   * Publishes the draft's 意見と考え方 as its moderator does, by the moderation page's form; returns the
   * milliseconds the publishing request took.
   */
  private static double publish(PortalHttp office, long agreement) {
    String path = "/c/aomori/agreements/" + agreement + "/feedback";
    String page = Rendered.page(office.get(path), "publish-form");
    String form =
        "publish-form=publish-form&publish-form%3Apublish=publish&jakarta.faces.ViewState="
            + URLEncoder.encode(Rendered.viewState(page), StandardCharsets.UTF_8);
    long started = System.nanoTime();
    HttpResponse<String> answer = office.postForm(path, form);
    double ms = (System.nanoTime() - started) / 1e6;
    String after = Rendered.page(office.follow(answer), "summary-published");
    if (!after.contains("id=\"summary-published\"")) {
      throw new IllegalStateException("the 意見と考え方 of " + agreement + " was not published");
    }
    return ms;
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

  /**
   * Seconds from the announcement to a group until the dispatcher resolved it into notifications,
   * polled in the database (at most two minutes).
   */
  private static double resolvedAfter(String group) throws Exception {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      for (int i = 0; i < 1200; i++) {
        try (var row =
            sql.executeQuery(
                "SELECT EXTRACT(EPOCH FROM resolved_at - created_at) FROM notification_event"
                    + " WHERE audiences = 'group:"
                    + group
                    + "' AND resolved_at IS NOT NULL")) {
          if (row.next()) {
            return row.getDouble(1);
          }
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the news to " + group + " was not resolved in two minutes");
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

  /** p50 and p95 in milliseconds of sequential requests, each answered 200 with the marker. */
  private static double[] timings(String url, String cookie, String marker) throws Exception {
    double[] ms = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      HttpResponse<String> page = FoundationBenchmark.get(url, cookie);
      ms[i] = (System.nanoTime() - start) / 1e6;
      if (page.statusCode() != 200 || !page.body().contains(marker)) {
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
