package jp.renkei.portal.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The cluster command ({@code mvn -Pcluster}): two portal instances clustered by Payara's Hazelcast
 * on loopback, nginx in front on 127.0.0.1:8280 with sticky sessions and its cache, Keycloak on
 * 8290, over the local PostgreSQL (database {@code renkei_cluster}, created when missing, demo
 * circles loaded once; {@code RENKEI_DB_URL} … to use another). Prints the addresses; Ctrl-C stops
 * everything.
 */
public final class ClusterLauncher {

  static final int BALANCER_PORT = 8280;

  private ClusterLauncher() {}

  public static void main(String[] args) throws Exception {
    Path runDir = Path.of(System.getProperty("renkei.run.dir", ".run")).resolve("cluster");
    Map<String, String> env = new HashMap<>();
    env.put("RENKEI_DEMO_DATA", "true");
    if (System.getenv("RENKEI_DB_URL") == null) {
      env.put("RENKEI_DB_URL", localDatabase("renkei_cluster"));
      env.put("RENKEI_DB_USER", "postgres");
      env.put("RENKEI_DB_PASSWORD", "");
    }
    int instances = Integer.getInteger("renkei.cluster.instances", 2);
    var settings = PortalStack.Settings.fromSystemProperties(runDir, 0, 0, false, env);
    ClusterStack.Ports ports = ClusterStack.Ports.from(BALANCER_PORT, instances);
    System.out.println(
        "Starting Keycloak (127.0.0.1:"
            + ports.keycloak()
            + "), "
            + instances
            + " portal instances ("
            + ports.instances()
            + ") and nginx (127.0.0.1:"
            + BALANCER_PORT
            + ")…");
    ClusterStack cluster = ClusterStack.start(settings, ports, env);
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-cluster"));
    System.out.println();
    System.out.println("==============================================================");
    System.out.println(" Renkei Portal cluster: " + cluster.balancerUrl() + "/ (nginx)");
    for (int i = 0; i < cluster.size(); i++) {
      System.out.println(
          "   "
              + ClusterStack.nameOf(i)
              + ": "
              + cluster.instanceUrl(i)
              + "/  log "
              + cluster.instanceLog(i));
    }
    System.out.println(" Keycloak: " + cluster.keycloakUrl() + "/ (realm renkei)");
    System.out.println(" Demo logins (password " + DemoLogins.PASSWORD + "):");
    DemoLogins.bannerLines().forEach(System.out::println);
    System.out.println(" Stop: Ctrl-C");
    System.out.println("==============================================================");
    Thread.currentThread().join();
  }

  /** The local PostgreSQL's database of this name, created when missing. */
  static String localDatabase(String name) throws Exception {
    String server = "jdbc:postgresql://127.0.0.1:5432/";
    try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
        Statement sql = admin.createStatement();
        ResultSet exists =
            sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      if (!exists.next()) {
        sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
      }
    }
    return server + name;
  }
}
