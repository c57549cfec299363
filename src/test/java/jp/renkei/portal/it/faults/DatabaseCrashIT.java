package jp.renkei.portal.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.launch.PortalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL killed with -9 under residents' comments (issue 19): while it is gone the portal
 * answers quickly — 503, readiness red, no request left hanging — and when it is back the portal
 * recovers by itself; every comment acknowledged before the kill is stored exactly once. Runs on a
 * PostgreSQL of its own ({@link PrivatePostgres}), never the machine's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseCrashIT {

  private static final String DATABASE = "renkei_crash";
  private static final String DOCUMENT = "/c/aomori/agreements/1";
  private static final String PASSWORD = "crash-test-2026";
  private static final int RESIDENTS = 40;
  private static final int SENDERS = 8;
  private static final int KILL_AFTER = RESIDENTS * ResidentsFeedback.MAX_PER_WINDOW / 3;

  /** An answer slower than this while the database is gone counts as hanging. */
  private static final Duration QUICK = Duration.ofSeconds(5);

  private PrivatePostgres postgres;
  private PortalStack stack;
  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void startThePortalOnItsOwnPostgres() throws Exception {
    postgres = PrivatePostgres.start(15433);
    try (Connection admin = postgres.connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
    }
    var settings =
        PortalStack.Settings.fromSystemProperties(
            Path.of("target/faults/database").toAbsolutePath(),
            18880,
            18980,
            true,
            Map.of(
                "RENKEI_DB_URL", postgres.url(DATABASE),
                "RENKEI_DB_USER", "postgres",
                "RENKEI_DB_PASSWORD", "",
                "RENKEI_DEMO_DATA", "true"));
    stack = PortalStack.startKeycloakFirst(settings);
    try (Connection db = postgres.connect(DATABASE);
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION',"
              + " feedback_opens = CURRENT_DATE - 1, feedback_closes = CURRENT_DATE + 30"
              + " WHERE id = 1");
    }
  }

  @AfterAll
  void stopIt() throws Exception {
    if (stack != null) {
      stack.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    FaultReport.append("PostgreSQL killed under load, one portal", report);
  }

  @Test
  void killingPostgresUnderCommentsAnswers503QuicklyRecoversAndLosesNothing() throws Exception {
    List<String> residents =
        Residents.create(stack.keycloakUrl(), "db-crash-resident-", RESIDENTS, PASSWORD);
    List<PortalHttp> clients = new ArrayList<>();
    for (String resident : residents) {
      clients.add(PortalHttp.signedIn(stack.portalUrl(), resident, PASSWORD));
    }
    PortalHttp visitor = PortalHttp.anonymous(stack.portalUrl());
    assertEquals(200, visitor.get("/health/ready").statusCode());

    CommentLoad load =
        CommentLoad.start(residents, clients, DOCUMENT, "DB停止試験の意見 ", SENDERS, false);
    int acknowledgedBeforeTheKill = load.awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(2));
    postgres.kill();
    long killedAt = System.nanoTime();
    load.awaitEnd();
    Set<String> acknowledged = load.acknowledged;

    // While it is gone: readiness red and a page answered 503, both quickly.
    long asked = System.nanoTime();
    HttpResponse<String> ready = visitor.get("/health/ready");
    long readyMillis = (System.nanoTime() - asked) / 1_000_000;
    asked = System.nanoTime();
    HttpResponse<String> page = clients.get(0).get(DOCUMENT);
    long pageMillis = (System.nanoTime() - asked) / 1_000_000;
    assertEquals(503, ready.statusCode(), "readiness is red: " + ready.body());
    assertEquals(503, page.statusCode(), "a page says the portal is unavailable");
    assertTrue(page.body().contains("data-status=\"503\""), page.body());
    assertTrue(!page.body().contains("at jp.renkei"), "no stack trace reaches the resident");

    long down = (System.nanoTime() - killedAt) / 1_000_000;
    postgres.startAgain();
    long restarted = System.nanoTime();
    HttpResponse<String> again = clients.get(0).get(DOCUMENT);
    while (again.statusCode() != 200
        && System.nanoTime() - restarted < Duration.ofSeconds(60).toNanos()) {
      Thread.sleep(200);
      again = clients.get(0).get(DOCUMENT);
    }
    long recoveredMillis = (System.nanoTime() - restarted) / 1_000_000;
    assertEquals(200, again.statusCode(), "the portal recovered by itself");
    assertEquals(200, visitor.get("/health/ready").statusCode(), "readiness green again");
    String afterwards = "DB停止試験の意見 復旧後 " + residents.get(RESIDENTS - 1);
    boolean writesAgain =
        CommentForm.submit(
            clients.get(RESIDENTS - 1),
            DOCUMENT,
            clients.get(RESIDENTS - 1).get(DOCUMENT),
            afterwards);

    Map<String, Integer> stored = stored();
    long lost = acknowledged.stream().filter(b -> stored.getOrDefault(b, 0) == 0).count();
    long duplicated = stored.values().stream().filter(c -> c > 1).count();
    report.add(
        String.format(
            "- kill -9 of PostgreSQL (postmaster and its processes) under comments from %d"
                + " residents on %d connections: killed when %d were acknowledged; sent %d,"
                + " acknowledged %d, stored %d, lost %d, duplicated %d, client errors %d; pages"
                + " answered by status %s, slowest request %d ms; while down readiness said %d in"
                + " %d ms and the draft %d in %d ms; PostgreSQL down %d ms, then the portal served"
                + " the draft %d ms after PostgreSQL was back, and took a new comment: %s",
            RESIDENTS,
            SENDERS,
            acknowledgedBeforeTheKill,
            load.sent.size(),
            acknowledged.size(),
            stored.size() - (stored.containsKey(afterwards) ? 1 : 0),
            lost,
            duplicated,
            load.clientErrors.get(),
            load.statuses,
            load.slowestMillis.get(),
            ready.statusCode(),
            readyMillis,
            page.statusCode(),
            pageMillis,
            down,
            recoveredMillis,
            writesAgain ? "yes" : "NO"));
    assertTrue(acknowledged.size() < load.sent.size(), "the kill came before the load ended");
    assertEquals(0, lost, "every acknowledged comment is stored: " + report);
    assertEquals(0, duplicated, "none twice: " + report);
    assertTrue(readyMillis < QUICK.toMillis(), "readiness answered quickly: " + readyMillis);
    assertTrue(pageMillis < QUICK.toMillis(), "the page answered quickly: " + pageMillis);
    assertTrue(load.slowestMillis.get() < QUICK.toMillis() * 2, "nothing hung: " + report);
    assertTrue(writesAgain, "comments are taken again");
  }

  /** The test's comments in its database, with how many times each is there. */
  private Map<String, Integer> stored() throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection db = postgres.connect(DATABASE);
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT body, COUNT(*) FROM feedback WHERE body LIKE 'DB停止試験の意見 %'"
                    + " GROUP BY body")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getInt(2));
      }
    }
    return stored;
  }
}
