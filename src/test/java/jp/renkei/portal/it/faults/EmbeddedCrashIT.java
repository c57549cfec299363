package jp.renkei.portal.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * The run command's embedded database survives a crash (issue 19): residents comment on the portal
 * running over H2 with the run command's URL form ({@code jdbc:h2:file:…}), the portal is killed
 * with -9 in the middle of it, started again over the same file, and every comment it acknowledged
 * is there exactly once. H2 by default acknowledges commits it writes half a second later; the
 * portal opens it with {@code WRITE_DELAY=0}, and this is the test that says it is enough.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedCrashIT {

  private static final String DOCUMENT = "/c/aomori/agreements/1";
  private static final String PASSWORD = "crash-test-2026";
  private static final int RESIDENTS = 40;
  private static final int SENDERS = 8;

  /** The portal is killed once this many comments were acknowledged: in the middle of the load. */
  private static final int KILL_AFTER = RESIDENTS * ResidentsFeedback.MAX_PER_WINDOW / 3;

  private final Path work = Path.of("target/faults/embedded").toAbsolutePath();
  private final Path database = work.resolve("data/renkei");
  private PortalStack stack;
  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void startThePortalOnItsEmbeddedDatabase() throws Exception {
    deleteTree(work.resolve("data"));
    var settings =
        PortalStack.Settings.fromSystemProperties(
            work,
            18680,
            18780,
            true,
            Map.of(
                "RENKEI_DB_URL", "jdbc:h2:file:" + database,
                "RENKEI_DB_EMBEDDED_ALLOWED", "true",
                "RENKEI_DEMO_DATA", "true"));
    stack = PortalStack.startKeycloakFirst(settings);
    // The demo's draft agreement of 青森 is put to the residents while the portal is down: an
    // embedded database has one process at a time.
    stack.stopPortal();
    try (Connection db = embedded();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION',"
              + " feedback_opens = CURRENT_DATE - 1, feedback_closes = CURRENT_DATE + 30"
              + " WHERE id = 1");
    }
    stack.startPortalAgain(Map.of());
  }

  @AfterAll
  void stopIt() throws Exception {
    if (stack != null) {
      stack.close();
    }
    FaultReport.append("The run command's embedded database (H2), one portal", report);
  }

  @Test
  void killingThePortalUnderCommentsLosesNothingItAcknowledged() throws Exception {
    List<String> residents =
        Residents.create(stack.keycloakUrl(), "crash-resident-", RESIDENTS, PASSWORD);
    List<PortalHttp> clients = new ArrayList<>();
    for (String resident : residents) {
      clients.add(PortalHttp.signedIn(stack.portalUrl(), resident, PASSWORD));
    }
    CommentLoad load = CommentLoad.start(residents, clients, DOCUMENT, "停止試験の意見 ", SENDERS, true);
    int acknowledgedBeforeTheKill = load.awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(2));
    stack.killPortal();
    load.awaitEnd();
    Set<String> acknowledged = load.acknowledged;

    long restarting = System.nanoTime();
    stack.startPortalAgain(Map.of());
    long recovered = (System.nanoTime() - restarting) / 1_000_000;
    assertEquals(
        200,
        PortalHttp.anonymous(stack.portalUrl()).get("/c/aomori/").statusCode(),
        "the portal serves again over the same file");
    stack.stopPortal();

    Map<String, Integer> stored = stored();
    long lost = acknowledged.stream().filter(b -> stored.getOrDefault(b, 0) == 0).count();
    long duplicated = stored.values().stream().filter(c -> c > 1).count();
    report.add(
        String.format(
            "- kill -9 of the portal on H2 (jdbc:h2:file:…, as the run command) under comments"
                + " from %d residents on %d connections: killed when %d were acknowledged; sent"
                + " %d, acknowledged %d, stored %d, lost %d, duplicated %d, client errors %d;"
                + " ready again over the same file after %d ms",
            RESIDENTS,
            SENDERS,
            acknowledgedBeforeTheKill,
            load.sent.size(),
            acknowledged.size(),
            stored.size(),
            lost,
            duplicated,
            load.clientErrors.get(),
            recovered));
    assertTrue(acknowledgedBeforeTheKill >= KILL_AFTER, "the load was under way when killed");
    assertTrue(
        acknowledged.size() < load.sent.size(), "the kill came before the load ended: " + report);
    assertEquals(0, lost, "every acknowledged comment is stored: " + report);
    assertEquals(0, duplicated, "none twice: " + report);
  }

  /** The crash test's comments in the database file, with how many times each is there. */
  private Map<String, Integer> stored() throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection db = embedded();
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT body, COUNT(*) FROM feedback WHERE body LIKE '停止試験の意見 %'"
                    + " GROUP BY body")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getInt(2));
      }
    }
    return stored;
  }

  private Connection embedded() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + database, "renkei", "renkei");
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
