package jp.renkei.portal.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.Rendered;
import jp.renkei.portal.it.support.TestMunicipalities;
import jp.renkei.portal.launch.ClusterStack;
import jp.renkei.portal.launch.MailCatcher;
import jp.renkei.portal.launch.PortalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal as a cluster — two Payara Micro instances joined by Payara's Hazelcast on loopback,
 * nginx in front, one PostgreSQL — and what it survives: the directory changed on one instance is
 * seen on the other within a second; one instance at a time runs the scheduled work, and when it is
 * killed (-9) in the middle of residents' comments another takes over within 30 s; every comment
 * acknowledged is stored exactly once; residents of the dead instance continue through Keycloak's
 * single sign-on, without a password; the killed instance starts again and rejoins. Figures go to
 * {@code target/faults/report.md}. Run with {@code mvn -Pfaults verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "renkei_faults";
  private static final String DOCUMENT = "/c/aomori/agreements/1";
  private static final String PASSWORD = "fault-test-2026";
  private static final int RESIDENTS = 30;
  private static final int COMMENTS_EACH = 3;
  private static final int SURGE_CONNECTIONS = 50;
  private static final int SURGE_SECONDS = 30;
  private static final int SURGE_WARM_UP_SECONDS = 20;
  private static final int SURGE_RESIDENTS = Integer.getInteger("faults.surge-residents", 900);

  /**
   * Seconds the signed-in residents only read the draft before the surge's warm-up round: a
   * deadline hits instances that have served for days, whose JIT has long settled; the suite's
   * default (0) measures instances a minute old. Set for a measurement ({@code
   * -Dfaults.surge-settle-seconds=300}); the reads use no resident's comments.
   */
  private static final int SURGE_SETTLE_SECONDS =
      Integer.getInteger("faults.surge-settle-seconds", 0);

  private static final int MAIL_PORT = 18399;
  private static final int BURST = 1000;

  private ClusterStack cluster;
  private MailCatcher mail;
  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void startTheCluster() throws Exception {
    try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
    }
    mail = MailCatcher.start(MAIL_PORT);
    Map<String, String> env =
        Map.of(
            "RENKEI_DB_URL", PG + DATABASE,
            "RENKEI_DB_USER", "postgres",
            "RENKEI_DB_PASSWORD", "",
            "RENKEI_DEMO_DATA", "true",
            "RENKEI_MAIL_HOST", "127.0.0.1",
            "RENKEI_MAIL_PORT", Integer.toString(MAIL_PORT));
    var settings =
        PortalStack.Settings.fromSystemProperties(Path.of("target/faults"), 0, 0, true, env);
    long started = System.nanoTime();
    cluster = ClusterStack.start(settings, ClusterStack.Ports.from(18280, 2), env);
    report.add(
        "- cluster (Keycloak, 2 instances one after the other, nginx) ready in "
            + (System.nanoTime() - started) / 1_000_000_000
            + " s");
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    if (mail != null) {
      mail.close();
    }
    FaultReport.append("The cluster (two instances, nginx, PostgreSQL)", report);
  }

  @Test
  @Order(10)
  void theInstancesFormOneDataGrid() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    boolean joined = false;
    while (!joined && System.nanoTime() < deadline) {
      // Payara reports its data grid as it changes: "... DG Name: renkei DG Size: 2".
      joined = Files.readString(cluster.instanceLog(1)).contains("DG Name: renkei DG Size: 2");
      Thread.sleep(500);
    }
    assertTrue(joined, "node2 joined node1's data grid");
  }

  @Test
  @Order(20)
  void oneInstanceHoldsTheSchedulerLease() throws Exception {
    String holder = leaseHolder();
    assertTrue(holder.startsWith("node1/") || holder.startsWith("node2/"), holder);
  }

  @Test
  @Order(30)
  void aDirectoryChangeOnOneInstanceIsSeenByTheOtherWithinASecond() throws Exception {
    PortalHttp admin =
        PortalHttp.signedIn(cluster.balancerUrl(), "admin", PortalHttp.DEMO_PASSWORD);
    HttpResponse<String> page = admin.get("/admin/circles/aomori");
    assertEquals(200, page.statusCode());
    String name = "耐障害テスト村";
    String form =
        "partner-form=partner-form"
            + "&partner-form%3Apartner-code="
            + TestMunicipalities.withCheckDigit("02323")
            + "&partner-form%3Apartner-name-ja="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&partner-form%3Apartner-kana="
            + URLEncoder.encode("たいしょうがいてすとむら", StandardCharsets.UTF_8)
            + "&partner-form%3Apartner-name-en=Fault+Test"
            + "&partner-form%3Apartner-kind=VILLAGE"
            + "&partner-form%3Aadd-partner=add"
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(Rendered.viewState(page.body()), StandardCharsets.UTF_8);

    // Both instances asked in turn from the commit on, their page rendered once before: the time
    // measured is the change reaching each, not one instance waiting for the other's first render.
    List<PortalHttp> direct = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      direct.add(PortalHttp.anonymous(cluster.instanceUrl(i)));
      Rendered.page(direct.get(i).get("/c/aomori/"), "circle-name");
    }
    HttpResponse<String> added = admin.postForm("/admin/circles/aomori", form);
    long committed = System.nanoTime();

    assertTrue(added.statusCode() == 302 || added.statusCode() == 303, added.body());
    long[] seenAfter = {-1, -1};
    while (seenAfter[0] < 0 || seenAfter[1] < 0) {
      for (int i = 0; i < 2; i++) {
        if (seenAfter[i] < 0 && direct.get(i).get("/c/aomori/").body().contains(name)) {
          seenAfter[i] = (System.nanoTime() - committed) / 1_000_000;
        }
      }
      assertTrue(
          System.nanoTime() - committed < Duration.ofSeconds(5).toNanos(),
          "an instance never saw the new partner: " + Arrays.toString(seenAfter));
      Thread.sleep(20);
    }
    report.add(
        "- directory change seen by node1 after "
            + seenAfter[0]
            + " ms, node2 after "
            + seenAfter[1]
            + " ms");
    assertTrue(Math.max(seenAfter[0], seenAfter[1]) <= 1000, "within a second");
    // Not the once-a-second poll: the data grid told the other instance.
    assertTrue(
        Files.readString(cluster.instanceLog(0)).contains("Heard from another instance: directory")
            || Files.readString(cluster.instanceLog(1))
                .contains("Heard from another instance: directory"),
        "the change was signalled through the data grid");
  }

  /**
   * An administrator on one instance removes a member whose session lives on the other: the
   * member's next request there is no longer trusted (signed in again, with the rights they have
   * now) within a second — the data grid told that instance, not its once-a-second look.
   */
  @Test
  @Order(31)
  void aRemovalOnOneInstanceEndsTheMembersAccessOnTheOtherWithinASecond() throws Exception {
    PortalHttp admin =
        PortalHttp.signedIn(cluster.balancerUrl(), "aomori-mayor", PortalHttp.DEMO_PASSWORD);
    String adminRoute = route(admin);
    PortalHttp member = null;
    for (int attempt = 0; attempt < 8 && member == null; attempt++) {
      PortalHttp signedIn =
          PortalHttp.signedIn(cluster.balancerUrl(), "hiranai-staff", PortalHttp.DEMO_PASSWORD);
      if (!route(signedIn).equals(adminRoute)) {
        member = signedIn;
      } else {
        // One more request without a session moves the next sign-in over (signInOnBothInstances).
        PortalHttp.anonymous(cluster.balancerUrl()).get("/signin?next=/");
      }
    }
    assertTrue(member != null, "the member's session landed on the other instance");
    Rendered.page(member.get("/c/aomori/members"), "main");
    HttpResponse<String> people = admin.get("/c/aomori/people");
    Rendered.page(people, "people-table");
    String form =
        "remove-hiranai-staff=remove-hiranai-staff&remove-hiranai-staff%3Aremove=remove"
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(Rendered.viewState(people.body()), StandardCharsets.UTF_8);

    HttpResponse<String> removed = admin.postForm("/c/aomori/people", form);
    long committed = System.nanoTime();

    assertEquals(302, removed.statusCode(), removed.body());
    long refusedAfter = -1;
    while (refusedAfter < 0) {
      HttpResponse<String> next = member.get("/c/aomori/members");
      if (next.statusCode() == 302
          && next.headers().firstValue("Location").orElse("").contains("/signin")) {
        refusedAfter = (System.nanoTime() - committed) / 1_000_000;
      } else {
        assertEquals(200, next.statusCode(), "still a member until then");
        assertTrue(
            System.nanoTime() - committed < Duration.ofSeconds(5).toNanos(),
            "the member's old token was still trusted after 5 s");
        Thread.sleep(20);
      }
    }
    report.add(
        "- a member removed on "
            + adminRoute
            + " was no longer trusted on the other instance after "
            + refusedAfter
            + " ms");
    assertTrue(refusedAfter <= 1000, "within a second: " + refusedAfter + " ms");
    int other = adminRoute.equals(ClusterStack.nameOf(0)) ? 1 : 0;
    assertTrue(
        Files.readString(cluster.instanceLog(other))
            .contains("Heard from another instance: revocations"),
        "the removal was signalled through the data grid");
  }

  /**
   * Signs these residents in through nginx, one after the other on each instance. nginx deals
   * requests without a session round the instances, and a sign-in makes as many of them as there
   * are instances: one more request between two sign-ins that landed together moves the next over
   * (a sign-in start, which sets a cookie and so is never served from nginx's cache).
   */
  private List<PortalHttp> signInOnBothInstances(List<String> residents) {
    List<PortalHttp> clients = new ArrayList<>();
    PortalHttp spacer = PortalHttp.anonymous(cluster.balancerUrl());
    String previous = "";
    for (String resident : residents) {
      PortalHttp client = PortalHttp.signedIn(cluster.balancerUrl(), resident, PASSWORD);
      String route = route(client);
      if (route.equals(previous)) {
        spacer.get("/signin?next=/");
      }
      previous = route;
      clients.add(client);
    }
    return clients;
  }

  /** The instance a client's session lives on: the route at the end of its session id. */
  private static String route(PortalHttp client) {
    String session = client.sessionCookie();
    return session.substring(session.lastIndexOf('.') + 1);
  }

  /**
   * A resident's receipt, made by one instance, is shown by the other when the load balancer sends
   * the redirect there (its instance died in between): the message travels in a cookie every
   * instance can open, not in the first instance's memory.
   */
  @Test
  @Order(32)
  void aReceiptGivenByOneInstanceIsShownByTheOther() throws Exception {
    openTheDraftForComment();
    String resident = createResidents("carried-resident-", 1).get(0);
    PortalHttp client = PortalHttp.signedIn(cluster.balancerUrl(), resident, PASSWORD);
    String body = "別のインスタンスでも受付番号が見える意見";

    assertTrue(submit(client, client.get(DOCUMENT), body), "the comment was acknowledged");
    // The session id ends in the route of the instance that holds it, which took the comment.
    int other = client.sessionCookie().endsWith("." + ClusterStack.nameOf(0)) ? 1 : 0;
    HttpResponse<String> there = client.at(cluster.instanceUrl(other)).get(DOCUMENT);

    String page = Rendered.page(there, "main");
    assertTrue(page.contains("受付番号"), "the receipt shows on " + ClusterStack.nameOf(other));
    assertTrue(page.contains(body), "with what was received");
    assertFalse(
        Files.readString(cluster.instanceLog(other)).contains("JSF1094"),
        "no undecodable flash logged");
    report.add("- a receipt made by one instance was shown by the other after the redirect");
  }

  /**
   * The deadline surge (issue 19): signed-in residents comment through nginx on 50 connections for
   * {@link #SURGE_SECONDS}; each resident at most {@link ResidentsFeedback#MAX_PER_WINDOW} times,
   * as the flood limit allows. Reported against PostgreSQL's own durable single-row insert rate on
   * the same machine in the same run (pgbench, 50 clients, synchronous commit as configured). Only
   * "nothing lost, nothing twice" is asserted; the rates are figures for the benchmark record.
   */
  @Test
  @Order(35)
  void theDeadlineSurgeAgainstPostgresOwnInsertRate() throws Exception {
    openTheDraftForComment();
    String synchronousCommit = setting("synchronous_commit");
    double pgbench = pgbenchInsertRate();
    List<String> residents = createResidents("surge-resident-", SURGE_RESIDENTS);
    java.util.concurrent.BlockingQueue<PortalHttp> ready =
        new java.util.concurrent.LinkedBlockingQueue<>();
    ExecutorService signIn = Executors.newFixedThreadPool(8);
    long signInStarted = System.nanoTime();
    for (String resident : residents) {
      signIn.submit(
          () -> ready.add(PortalHttp.signedIn(cluster.balancerUrl(), resident, PASSWORD)));
    }
    signIn.shutdown();
    assertTrue(signIn.awaitTermination(10, TimeUnit.MINUTES), "residents signed in");
    long signInMillis = (System.nanoTime() - signInStarted) / 1_000_000;

    long settleReads = settle(List.copyOf(ready), SURGE_SETTLE_SECONDS);
    // The instances have just started: a round first, so that the JIT has compiled the path.
    Surge warmUp = new Surge();
    surge(ready, SURGE_WARM_UP_SECONDS, warmUp);
    Surge surge = new Surge();
    long started = System.nanoTime();
    long until = started + Duration.ofSeconds(SURGE_SECONDS).toNanos();
    surge(ready, SURGE_SECONDS, surge);
    Set<String> acknowledged = surge.acknowledged;
    Set<String> sent = surge.sent;
    AtomicInteger clientErrors = surge.clientErrors;
    AtomicInteger refused = surge.refused;
    List<Long> submissionNanos = surge.submissionNanos;
    double seconds = Math.min(System.nanoTime(), until) - started;
    seconds = Math.max(seconds, 1) / 1e9;

    Map<String, Integer> stored = storedComments("締切前の意見 %");
    long lost =
        java.util.stream.Stream.concat(acknowledged.stream(), warmUp.acknowledged.stream())
            .filter(b -> stored.getOrDefault(b, 0) == 0)
            .count();
    long duplicated = stored.values().stream().filter(c -> c > 1).count();
    List<Long> sorted = new ArrayList<>(submissionNanos);
    java.util.Collections.sort(sorted);
    List<Long> pages = new ArrayList<>(surge.pageNanos);
    java.util.Collections.sort(pages);
    double rate = acknowledged.size() / seconds;
    report.add(
        String.format(
            "- deadline surge, %d connections through nginx for %.0f s (%d residents signed in"
                + " beforehand in %d ms): sent %d, acknowledged %d (%.1f/s), refused %d, lost %d,"
                + " duplicated %d, client errors %d; the page before it p50 %d ms, p99 %d ms;"
                + " submission p50 %d ms, p99 %d ms (after %d s of reads only, %d of them, and a %d s"
                + " round to warm up); PostgreSQL's"
                + " own single-row inserts (pgbench, 50 clients, synchronous_commit=%s) %.0f/s:"
                + " ratio %.3f",
            SURGE_CONNECTIONS,
            seconds,
            residents.size(),
            signInMillis,
            sent.size(),
            acknowledged.size(),
            rate,
            refused.get(),
            lost,
            duplicated,
            clientErrors.get(),
            percentile(pages, 0.50),
            percentile(pages, 0.99),
            percentile(sorted, 0.50),
            percentile(sorted, 0.99),
            SURGE_SETTLE_SECONDS,
            settleReads,
            SURGE_WARM_UP_SECONDS,
            synchronousCommit,
            pgbench,
            rate / pgbench));
    assertEquals(0, lost, "every acknowledged comment is stored");
    assertEquals(0, duplicated, "none twice");
    assertTrue(acknowledged.size() > 0, "the surge was served");
  }

  /** What one round of the surge sent, got acknowledged, and how long each step took. */
  private static final class Surge {
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final List<Long> pageNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<Long> submissionNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger clientErrors = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
  }

  /**
   * {@link #SURGE_CONNECTIONS} connections for {@code seconds}: each takes the next signed-in
   * resident, opens the draft and sends its comment form, up to the flood limit, then the next.
   */
  private static void surge(
      java.util.concurrent.BlockingQueue<PortalHttp> ready, int seconds, Surge surge)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService connections = Executors.newFixedThreadPool(SURGE_CONNECTIONS);
    for (int c = 0; c < SURGE_CONNECTIONS; c++) {
      connections.submit(
          () -> {
            PortalHttp client;
            while (System.nanoTime() < until && (client = ready.poll()) != null) {
              for (int n = 0;
                  n < ResidentsFeedback.MAX_PER_WINDOW && System.nanoTime() < until;
                  n++) {
                String body = "締切前の意見 " + client.username() + " " + n;
                surge.sent.add(body);
                try {
                  long opened = System.nanoTime();
                  HttpResponse<String> page = client.get(DOCUMENT);
                  long posted = System.nanoTime();
                  surge.pageNanos.add(posted - opened);
                  boolean ok = submit(client, page, body);
                  surge.submissionNanos.add(System.nanoTime() - posted);
                  if (ok) {
                    surge.acknowledged.add(body);
                  } else {
                    surge.refused.incrementAndGet();
                  }
                } catch (RuntimeException e) {
                  surge.clientErrors.incrementAndGet();
                }
              }
            }
            return null;
          });
    }
    connections.shutdown();
    assertTrue(connections.awaitTermination(seconds + 120, TimeUnit.SECONDS));
  }

  /**
   * {@link #SURGE_CONNECTIONS} connections reading the draft for {@code seconds}, the signed-in
   * residents in turn; the number of pages served.
   */
  private static long settle(List<PortalHttp> residents, int seconds) throws InterruptedException {
    if (seconds <= 0 || residents.isEmpty()) {
      return 0;
    }
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicInteger served = new AtomicInteger();
    ExecutorService connections = Executors.newFixedThreadPool(SURGE_CONNECTIONS);
    for (int c = 0; c < SURGE_CONNECTIONS; c++) {
      int first = c;
      connections.submit(
          () -> {
            for (int n = first; System.nanoTime() < until; n += SURGE_CONNECTIONS) {
              try {
                if (residents.get(n % residents.size()).get(DOCUMENT).statusCode() == 200) {
                  served.incrementAndGet();
                }
              } catch (RuntimeException e) {
                // A read that failed is not counted; the surge after it reports errors.
              }
            }
            return null;
          });
    }
    connections.shutdown();
    assertTrue(connections.awaitTermination(seconds + 120, TimeUnit.SECONDS));
    return served.get();
  }

  private static long percentile(List<Long> sortedNanos, double p) {
    if (sortedNanos.isEmpty()) {
      return -1;
    }
    int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
    return sortedNanos.get(Math.max(0, index)) / 1_000_000;
  }

  /** PostgreSQL's durable single-row insert rate here: pgbench, 50 clients, 10 s. */
  private static double pgbenchInsertRate() throws Exception {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE IF NOT EXISTS surge_probe (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL,"
              + " at TIMESTAMPTZ NOT NULL DEFAULT now())");
    }
    Path script = Files.createTempFile("surge", ".sql");
    Files.writeString(script, "INSERT INTO surge_probe (body) VALUES ('締切前の意見');\n");
    Process pgbench =
        new ProcessBuilder(
                "pgbench",
                "-n",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-c",
                "50",
                "-j",
                "2",
                "-T",
                "10",
                "-f",
                script.toString(),
                DATABASE)
            .redirectErrorStream(true)
            .start();
    String out = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(pgbench.waitFor(60, TimeUnit.SECONDS), "pgbench finished");
    java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(out);
    assertTrue(tps.find(), "pgbench's rate in: " + out);
    return Double.parseDouble(tps.group(1));
  }

  private static String setting(String name) throws SQLException {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  @Test
  @Order(40)
  void killingTheLeaseHolderUnderCommentLoadLosesNothing() throws Exception {
    openTheDraftForComment();
    List<String> residents = createResidents("fault-resident-", RESIDENTS);
    List<PortalHttp> clients = signInOnBothInstances(residents);
    String holder = leaseHolder();
    int victim = holder.startsWith("node1/") ? 0 : 1;
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> sent = ConcurrentHashMap.newKeySet();
    AtomicInteger clientErrors = new AtomicInteger();
    AtomicInteger signInsAgain = new AtomicInteger();
    AtomicInteger passwordAsked = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<?>> work = new ArrayList<>();
    for (int r = 0; r < clients.size(); r++) {
      PortalHttp client = clients.get(r);
      String resident = residents.get(r);
      work.add(
          pool.submit(
              () -> {
                for (int n = 0; n < COMMENTS_EACH; n++) {
                  String body = "障害試験の意見 " + resident + " " + n;
                  sent.add(body);
                  try {
                    if (comment(client, body, signInsAgain, passwordAsked)) {
                      acknowledged.add(body);
                    }
                  } catch (RuntimeException e) {
                    clientErrors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    Thread.sleep(1500);
    long killedAt = System.nanoTime();
    cluster.kill(victim);
    for (Future<?> w : work) {
      w.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    String newHolder = leaseHolder();
    while (newHolder.startsWith(ClusterStack.nameOf(victim) + "/")
        && System.nanoTime() - killedAt < Duration.ofSeconds(40).toNanos()) {
      Thread.sleep(250);
      newHolder = leaseHolder();
    }
    long takeover = (System.nanoTime() - killedAt) / 1_000_000;

    Map<String, Integer> stored = storedComments();
    long lost = acknowledged.stream().filter(b -> stored.getOrDefault(b, 0) == 0).count();
    long duplicated = stored.values().stream().filter(c -> c > 1).count();
    report.add(
        String.format(
            "- kill -9 of %s (the lease holder) under comments from %d residents: sent %d,"
                + " acknowledged %d, stored %d, lost %d, duplicated %d, client errors %d;"
                + " sessions re-established by single sign-on %d, password asked %d;"
                + " lease taken by %s %d ms after the kill",
            ClusterStack.nameOf(victim),
            RESIDENTS,
            sent.size(),
            acknowledged.size(),
            stored.size(),
            lost,
            duplicated,
            clientErrors.get(),
            signInsAgain.get(),
            passwordAsked.get(),
            newHolder.substring(0, newHolder.indexOf('/')),
            takeover));
    assertEquals(0, lost, "every acknowledged comment is stored");
    assertEquals(0, duplicated, "none twice");
    assertTrue(
        acknowledged.size() >= sent.size() / 2, "the survivor carried on: " + acknowledged.size());
    assertEquals(0, passwordAsked.get(), "nobody had to type a password again");
    assertTrue(
        signInsAgain.get() > 0, "residents of the killed instance went on through single sign-on");
    assertTrue(
        newHolder.startsWith(ClusterStack.nameOf(1 - victim) + "/"), "taken over: " + newHolder);
    assertTrue(takeover <= 30_000, "within 30 s: " + takeover + " ms");

    long restarting = System.nanoTime();
    cluster.startInstance(victim);
    report.add(
        "- "
            + ClusterStack.nameOf(victim)
            + " started again and serves pages after "
            + (System.nanoTime() - restarting) / 1_000_000_000
            + " s");
    assertEquals(
        200, PortalHttp.anonymous(cluster.instanceUrl(victim)).get("/c/aomori/").statusCode());
    assertTrue(
        Files.readString(cluster.instanceLog(victim)).contains("DG Name: renkei DG Size: 2"),
        "the restarted instance rejoined the data grid");
  }

  /**
   * A burst of mail — a notice to a thousand people, due at once — and the instance sending it
   * restarted by its operator in the middle: the other instance takes over the scheduler's lease
   * and sends the rest; each mail arrives exactly once.
   */
  @Test
  @Order(45)
  void restartingTheSenderInAMailBurstSendsEachMailExactlyOnce() throws Exception {
    enqueueBurst();
    long started = System.nanoTime();
    while (burstMail().size() < BURST / 4
        && System.nanoTime() - started < Duration.ofSeconds(90).toNanos()) {
      Thread.sleep(20);
    }
    int beforeRestart = burstMail().size();
    String holder = leaseHolder();
    int sender = holder.startsWith("node1/") ? 0 : 1;
    long restarting = System.nanoTime();
    cluster.stopInstance(sender);
    int whenStopped = burstMail().size();
    cluster.startInstance(sender);
    long restartMillis = (System.nanoTime() - restarting) / 1_000_000;
    while (new java.util.HashSet<>(burstMail()).size() < BURST
        && System.nanoTime() - started < Duration.ofMinutes(3).toNanos()) {
      Thread.sleep(100);
    }
    Thread.sleep(3000); // a duplicate would come after the last first copy
    List<String> received = burstMail();
    Map<String, Long> copies =
        received.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    r -> r, java.util.stream.Collectors.counting()));
    long duplicated = copies.values().stream().filter(c -> c > 1).count();
    long missing = BURST - copies.size();
    report.add(
        String.format(
            "- mail burst of %d (one notice, each due at once) sent by %s, which was restarted"
                + " (stopped in order, started again in %d ms) after %d had arrived (%d when it"
                + " had stopped): arrived %d distinct, missing %d, duplicated %d, all in %d s",
            BURST,
            ClusterStack.nameOf(sender),
            restartMillis,
            beforeRestart,
            whenStopped,
            copies.size(),
            missing,
            duplicated,
            (System.nanoTime() - started) / 1_000_000_000));
    assertTrue(beforeRestart < BURST, "the restart came in the middle of the burst");
    assertEquals(0, missing, "every mail sent: " + report);
    assertEquals(0, duplicated, "none twice: " + report);
  }

  /** One notice for {@link #BURST} people who follow the circle by mail, due now. */
  private static void enqueueBurst() throws SQLException {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO notification_event (id, circle_id, category, event_key, audiences,"
              + " subject_ja, subject_en, body_ja, body_en, link, created_at, resolved_at,"
              + " attempts, next_attempt_at) VALUES (900000, 1, 'INFORMATION', 'notice.published',"
              + " 'FOLLOWERS', '障害試験のお知らせ', 'Fault test notice', '本文', 'Body',"
              + " '/c/aomori/notices', LOCALTIMESTAMP, LOCALTIMESTAMP, 0, LOCALTIMESTAMP)");
      sql.executeUpdate(
          "INSERT INTO notification (id, event_id, circle_id, recipient, email, language,"
              + " category, delivery, status, created_at, attempts, next_attempt_at,"
              + " lock_version) SELECT 900000 + g, 900000, 1, 'mailto:burst-' || g ||"
              + " '@example.invalid', 'burst-' || g || '@example.invalid', 'ja', 'INFORMATION',"
              + " 'IMMEDIATE', 'PENDING', LOCALTIMESTAMP, 0, LOCALTIMESTAMP, 0"
              + " FROM generate_series(1, "
              + BURST
              + ") g");
    }
  }

  /** The burst's recipients of each message that has arrived, one entry per copy. */
  private List<String> burstMail() throws Exception {
    List<String> to = new ArrayList<>();
    for (var message : mail.messages()) {
      for (var address : message.getAllRecipients()) {
        if (address.toString().startsWith("burst-")) {
          to.add(address.toString());
        }
      }
    }
    return to;
  }

  /**
   * Keycloak stopped while the cluster serves: residents signed in on either instance keep reading
   * and commenting, a new sign-in gets the "temporarily unavailable" page (503), public pages are
   * unaffected.
   */
  @Test
  @Order(50)
  void withKeycloakDownSignedInResidentsOnBothInstancesCarryOn() throws Exception {
    List<String> residents = createResidents("kc-down-resident-", 10);
    List<PortalHttp> clients = signInOnBothInstances(residents);
    Set<String> routes = new java.util.TreeSet<>();
    clients.forEach(c -> routes.add(route(c)));
    cluster.stopKeycloak();
    long stopped = System.nanoTime();

    PortalHttp visitor = PortalHttp.anonymous(cluster.balancerUrl());
    int publicOk = 0;
    for (String path : List.of("/", "/c/aomori/", "/c/aomori/notices", "/api/v1/circles")) {
      publicOk += visitor.get(path).statusCode() == 200 ? 1 : 0;
    }
    HttpResponse<String> signIn = visitor.get("/signin?next=/c/aomori/members");
    while (signIn.statusCode() != 503
        && System.nanoTime() - stopped < Duration.ofSeconds(10).toNanos()) {
      Thread.sleep(300);
      signIn = visitor.get("/signin?next=/c/aomori/members");
    }
    int acknowledged = 0;
    int pagesOk = 0;
    for (int i = 0; i < clients.size(); i++) {
      HttpResponse<String> page = clients.get(i).get(DOCUMENT);
      pagesOk += page.statusCode() == 200 && page.body().contains("id=\"feedback-form\"") ? 1 : 0;
      acknowledged += submit(clients.get(i), page, "障害試験の意見 認証停止中 " + residents.get(i)) ? 1 : 0;
    }
    Map<String, Integer> stored = storedComments("障害試験の意見 認証停止中 %");
    report.add(
        String.format(
            "- Keycloak stopped: %d residents signed in beforehand (sessions on %s) read the draft"
                + " %d/%d times and had %d/%d comments acknowledged (%d stored); a new sign-in"
                + " answered %d; public pages answered 200 %d/4",
            clients.size(),
            String.join(" and ", routes),
            pagesOk,
            clients.size(),
            acknowledged,
            clients.size(),
            stored.size(),
            signIn.statusCode(),
            publicOk));
    assertEquals(List.of("node1", "node2"), List.copyOf(routes), "residents on both instances");
    assertEquals(4, publicOk, "public pages unaffected");
    assertEquals(503, signIn.statusCode(), "a new sign-in is told to come back later");
    assertTrue(signIn.body().contains("id=\"signin-unavailable\""), signIn.body());
    assertEquals(clients.size(), pagesOk, "signed-in residents keep reading");
    assertEquals(clients.size(), acknowledged, "and commenting");
    assertEquals(clients.size(), stored.size(), "each comment stored");
  }

  /**
   * One comment as a resident sends it: the page, then the form. A session lost with its instance
   * is re-established through Keycloak's single sign-on. True when the portal acknowledged it.
   */
  private static boolean comment(
      PortalHttp client, String body, AtomicInteger signInsAgain, AtomicInteger passwordAsked) {
    HttpResponse<String> page = client.get(DOCUMENT);
    if (!page.body().contains("id=\"feedback-form\"")) {
      HttpResponse<String> again = client.follow(client.get("/signin?next=" + DOCUMENT));
      if (again.body().contains("kc-form-login")) {
        passwordAsked.incrementAndGet();
        return false;
      }
      signInsAgain.incrementAndGet();
      page = client.get(DOCUMENT);
    }
    return submit(client, page, body);
  }

  /** Sends the comment form of a page the resident has open; true when acknowledged. */
  private static boolean submit(PortalHttp client, HttpResponse<String> page, String body) {
    return CommentForm.submit(client, DOCUMENT, page, body);
  }

  private List<String> createResidents(String prefix, int count) {
    return Residents.create(cluster.keycloakUrl(), prefix, count, PASSWORD);
  }

  /** Puts the demo's draft agreement of 青森 to the residents from yesterday for a month. */
  private static void openTheDraftForComment() throws SQLException {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE agreement_version SET status = 'NOTIFICATION',"
              + " feedback_opens = CURRENT_DATE - 1, feedback_closes = CURRENT_DATE + 30"
              + " WHERE id = 1");
    }
  }

  private static String leaseHolder() throws SQLException {
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("SELECT holder FROM job_lease WHERE name = 'scheduler'")) {
      row.next();
      return row.getString(1);
    }
  }

  /** Each fault-test comment in the database, with how many times it is there. */
  private static Map<String, Integer> storedComments() throws SQLException {
    return storedComments("障害試験の意見 %");
  }

  /** The comments whose text matches, with how many times each is there. */
  private static Map<String, Integer> storedComments(String like) throws SQLException {
    Map<String, Integer> stored = new java.util.HashMap<>();
    try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "");
        PreparedStatement sql =
            db.prepareStatement(
                "SELECT body, COUNT(*) FROM feedback WHERE body LIKE ? GROUP BY body")) {
      sql.setString(1, like);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return stored;
  }
}
