package jp.renkei.portal.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.launch.PortalStack;

/**
 * Signed-in reads at the deadline (issue 19): a signed-in resident reading the draft agreement and
 * the draft vision while both invite comments — pages no HTTP cache may serve ({@code Vary:
 * Cookie}), each with the resident's comment form. On PostgreSQL as in production, once the JIT has
 * settled ({@link JitWarmUp}), with one and two wrk threads at 20 connections. Target: ≥ 1,000
 * requests/s, p99 ≤ 100 ms. {@code mvn -Pbench
 * -Dbench.main=jp.renkei.portal.bench.SignedInReadsBenchmark [-Dbench.profile=true]}; a database
 * {@code renkei_bench_reads} is dropped and made.
 */
public final class SignedInReadsBenchmark {

  private SignedInReadsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int measureSeconds = Integer.getInteger("bench.seconds", 30);
    int warmupMax = Integer.getInteger("bench.warmup-max-seconds", 480);
    List<String> report =
        BenchReport.start(
            "Signed-in reads of the drafts",
            "PostgreSQL on loopback, portal -Xmx512m, wrk on the same cores");
    BenchDatabase database = BenchDatabase.fresh("renkei_bench_reads");
    Path work = Path.of("target/bench").toAbsolutePath();
    var settings =
        PortalStack.Settings.fromSystemProperties(
            work.resolve("reads"), 18080, 18180, true, database.portalEnvironment(Map.of()));
    try (PortalStack stack = PortalStack.startKeycloakFirst(settings)) {
      openBothDraftsToResidents(database);
      String cookie = SignIn.sessionCookie(stack, "resident");
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("draft agreement", stack.portalUrl() + "/c/aomori/agreements/1");
      pages.put("draft vision", stack.portalUrl() + "/c/aomori/vision/versions/2");
      for (String url : pages.values()) {
        HttpResponse<String> page = FoundationBenchmark.get(url, cookie);
        if (page.statusCode() != 200 || !page.body().contains("id=\"feedback-form\"")) {
          throw new IllegalStateException(
              "Not the signed-in draft with its comment form: " + url + " " + page.statusCode());
        }
      }
      FoundationBenchmark.HeapSampler heap =
          FoundationBenchmark.HeapSampler.start(stack.portalPid());
      for (String url : pages.values()) {
        JitWarmUp.Outcome warmUp = JitWarmUp.run(stack.portalPid(), url, cookie, 60, warmupMax);
        report.add("- warm-up on " + url + ": " + warmUp.describe());
      }
      Profile profile =
          Boolean.getBoolean("bench.profile") ? Profile.start(stack.portalPid(), work) : null;
      for (Map.Entry<String, String> page : pages.entrySet()) {
        for (int threads : new int[] {1, 2}) {
          FoundationBenchmark.Wrk.Result result =
              FoundationBenchmark.Wrk.run(page.getValue(), cookie, threads, 20, measureSeconds);
          report.add(
              String.format(
                  "- signed-in resident, %s (%s), wrk -t%d -c20 -d%ds: %s requests/s, p99 %s"
                      + " (target ≥ 1,000 requests/s, p99 ≤ 100 ms); errors: %s",
                  page.getKey(),
                  page.getValue().replace(stack.portalUrl(), ""),
                  threads,
                  measureSeconds,
                  result.requestsPerSecond(),
                  result.p99(),
                  result.errors()));
          System.out.println(report.get(report.size() - 1));
        }
      }
      measureTheFloor(stack, cookie, measureSeconds, report);
      heap.stop();
      if (profile != null) {
        report.add("- where the time goes: " + profile.stopAndSummarize());
      }
      report.add(
          "- heap used, most seen during the load: " + heap.maxUsedMegabytes() + " MB (-Xmx512m)");
    }
    report.forEach(System.out::println);
    Files.createDirectories(work);
    Files.write(work.resolve("signed-in-reads.md"), report);
  }

  /**
   * For comparison, the lightest page a signed-in resident opens: the search form, with the same
   * template, header and security as the drafts but no document, no query and no view state. What
   * it renders is the most the drafts could reach on this machine by making their own part cheaper.
   */
  private static void measureTheFloor(
      PortalStack stack, String cookie, int measureSeconds, List<String> report) throws Exception {
    String url = stack.portalUrl() + "/search";
    HttpResponse<String> page = FoundationBenchmark.get(url, cookie);
    if (page.statusCode() != 200
        || !page.body().contains("id=\"search-form\"")
        || !page.body().contains("id=\"signed-in-as\"")) {
      throw new IllegalStateException(
          "Not the search form signed in: " + url + " " + page.statusCode());
    }
    JitWarmUp.run(stack.portalPid(), url, cookie, 20, 120);
    FoundationBenchmark.Wrk.Result result =
        FoundationBenchmark.Wrk.run(url, cookie, 2, 20, measureSeconds);
    report.add(
        String.format(
            "- for comparison, the lightest signed-in page (the search form, /search), wrk -t2 -c20"
                + " -d%ds: %s requests/s, p99 %s; errors: %s",
            measureSeconds, result.requestsPerSecond(), result.p99(), result.errors()));
    System.out.println(report.get(report.size() - 1));
  }

  /** The 青森 draft agreement and draft vision invite comments from yesterday for a month. */
  private static void openBothDraftsToResidents(BenchDatabase database) throws Exception {
    try (Connection db = database.connect();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION', feedback_opens = CURRENT_DATE - 1,"
              + " feedback_closes = CURRENT_DATE + 30 WHERE id = 1");
      sql.executeUpdate(
          "UPDATE vision_version SET comment_opens = CURRENT_DATE - 1,"
              + " comment_closes = CURRENT_DATE + 30 WHERE id = 2");
    }
  }
}
