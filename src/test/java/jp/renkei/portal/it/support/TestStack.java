package jp.renkei.portal.it.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jp.renkei.portal.launch.MailCatcher;
import jp.renkei.portal.launch.PortalStack;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak (realm from {@code realm-config/}, fresh each run) and the portal on Payara
 * Micro over PostgreSQL (a fresh database {@code renkei_it}), started once for the whole test run
 * and stopped after the last test.
 *
 * <p>{@code -Drenkei.it.portal-url=http://127.0.0.1:8080 -Drenkei.it.keycloak-url=…} runs the tests
 * against a stack that is already running (the run command's), for a quick loop while developing.
 */
public final class TestStack {

  private static final String PG_SERVER =
      System.getProperty("renkei.it.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String PG_USER = System.getProperty("renkei.it.pg-user", "postgres");
  private static final String PG_PASSWORD = System.getProperty("renkei.it.pg-password", "");

  public static final int PORTAL_PORT = 18080;
  public static final int KEYCLOAK_PORT = 18180;
  public static final int MAIL_PORT = 13025;
  private static final String STORE_KEY = "renkei-test-stack";

  private final String portalUrl;
  private final String keycloakUrl;
  private final PortalStack stack;
  private final MailCatcher mail;

  private TestStack(String portalUrl, String keycloakUrl, PortalStack stack, MailCatcher mail) {
    this.portalUrl = portalUrl;
    this.keycloakUrl = keycloakUrl;
    this.stack = stack;
    this.mail = mail;
  }

  /** The stack for this test run, started by the first test that asks. */
  public static TestStack in(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(STORE_KEY, key -> new Resource(startOrAttach()), Resource.class)
        .stack;
  }

  /** A stack started elsewhere (the run command's, the benchmark's). */
  public static TestStack attachedTo(String portalUrl, String keycloakUrl) {
    return new TestStack(portalUrl, keycloakUrl, null, null);
  }

  private static TestStack startOrAttach() {
    String external = System.getProperty("renkei.it.portal-url");
    if (external != null) {
      return new TestStack(
          external,
          System.getProperty("renkei.it.keycloak-url", "http://127.0.0.1:8180"),
          null,
          null);
    }
    MailCatcher mail = MailCatcher.start(MAIL_PORT);
    try {
      String dbUrl = freshPostgresDatabase();
      Path work = Path.of(System.getProperty("renkei.it.dir", "target/it"));
      var settings =
          PortalStack.Settings.fromSystemProperties(
              work,
              PORTAL_PORT,
              KEYCLOAK_PORT,
              true,
              Map.of(
                  "RENKEI_DB_URL",
                  dbUrl,
                  "RENKEI_DB_USER",
                  PG_USER,
                  "RENKEI_DB_PASSWORD",
                  PG_PASSWORD,
                  "RENKEI_DEMO_DATA",
                  "true",
                  "RENKEI_CIRCLES_REFRESH_SECONDS",
                  "1",
                  "RENKEI_MAIL_HOST",
                  "127.0.0.1",
                  "RENKEI_MAIL_PORT",
                  Integer.toString(MAIL_PORT),
                  "RENKEI_TESTING_HOOKS",
                  "true",
                  // The throttle test speaks as other addresses through X-Forwarded-For.
                  "RENKEI_PROXY_TRUSTED_ADDRESSES",
                  "127.0.0.1"));
      PortalStack stack = PortalStack.start(settings);
      return new TestStack(stack.portalUrl(), stack.keycloakUrl(), stack, mail);
    } catch (Exception e) {
      mail.close();
      throw new IllegalStateException("Could not start Keycloak and the portal", e);
    }
  }

  /** A connection to a database of the test PostgreSQL, as the configured user. */
  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(PG_SERVER + database, PG_USER, PG_PASSWORD);
  }

  /** Drops and creates {@code renkei_it} on the local PostgreSQL, so every run starts clean. */
  private static String freshPostgresDatabase() throws SQLException {
    try (Connection admin = connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS renkei_it WITH (FORCE)");
      sql.execute("CREATE DATABASE renkei_it ENCODING 'UTF8'");
    }
    return PG_SERVER + "renkei_it";
  }

  public String portalUrl() {
    return portalUrl;
  }

  /**
   * A connection to the portal's database ({@code renkei_it}), for a test that must do what no page
   * can: hold a transaction open while others commit.
   */
  public static Connection database() throws SQLException {
    return connect("renkei_it");
  }

  public String keycloakUrl() {
    return keycloakUrl;
  }

  /** The SMTP server the portal sends to, or null when attached to a stack started elsewhere. */
  public MailCatcher mail() {
    return mail;
  }

  /** The running stack, or null when attached to one started elsewhere. */
  public PortalStack stack() {
    return stack;
  }

  private record Resource(TestStack stack) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      if (stack.stack != null) {
        stack.stack.close();
      }
      if (stack.mail != null) {
        stack.mail.close();
      }
    }
  }
}
