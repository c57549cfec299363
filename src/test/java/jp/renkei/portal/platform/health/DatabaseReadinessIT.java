package jp.renkei.portal.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.persistence.SchemaMigration;
import jp.renkei.portal.platform.persistence.UrlDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness warns when PostgreSQL acknowledges commits it may lose in a crash — here {@code
 * synchronous_commit} turned off for the portal's connections — and says nothing when it does not.
 */
class DatabaseReadinessIT {

  private static final String SERVER =
      System.getProperty("renkei.it.pg-server", "jdbc:postgresql://127.0.0.1:5432/");

  @BeforeAll
  static void responsesWithoutAServer() {
    // Payara provides the responses in the portal; here a plain builder does.
    HealthCheckResponse.setResponseProvider(PlainResponse::new);
  }

  @Test
  void aWarningWhenCommitsAreNotDurableAndNoneWhenTheyAre() {
    JpaDatabase.shared(); // makes and migrates renkei_jpa
    UrlDataSource postgres = new UrlDataSource();
    postgres.setURL(SERVER + "renkei_jpa");
    postgres.setUser(System.getProperty("renkei.it.pg-user", "postgres"));

    HealthCheckResponse durable = readinessOn(postgres).call();
    HealthCheckResponse asynchronous = readinessOn(withoutSynchronousCommit(postgres)).call();

    assertEquals(HealthCheckResponse.Status.UP, durable.getStatus());
    assertFalse(
        durable.getData().map(d -> d.containsKey("warning")).orElse(false),
        durable.getData().toString());
    assertEquals(HealthCheckResponse.Status.UP, asynchronous.getStatus(), "it still serves");
    assertTrue(
        asynchronous
            .getData()
            .map(d -> String.valueOf(d.get("warning")))
            .orElse("")
            .contains("synchronous_commit off"),
        asynchronous.getData().toString());
  }

  private static DatabaseReadiness readinessOn(DataSource dataSource) {
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.dataSource = dataSource;
    readiness.migration =
        new SchemaMigration() {
          @Override
          public boolean migrateIfNeeded() {
            return true;
          }
        };
    return readiness;
  }

  /** A health response as the API describes it. */
  private static final class PlainResponse extends HealthCheckResponseBuilder {
    private String name;
    private boolean up;
    private final Map<String, Object> data = new HashMap<>();

    @Override
    public HealthCheckResponseBuilder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, String value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, long value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, boolean value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder up() {
      return status(true);
    }

    @Override
    public HealthCheckResponseBuilder down() {
      return status(false);
    }

    @Override
    public HealthCheckResponseBuilder status(boolean up) {
      this.up = up;
      return this;
    }

    @Override
    public HealthCheckResponse build() {
      return new HealthCheckResponse(
          name,
          up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
          data.isEmpty() ? Optional.empty() : Optional.of(data));
    }
  }

  /** The data source as a misconfigured server would hand it out. */
  private static DataSource withoutSynchronousCommit(DataSource dataSource) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              try {
                Object result = method.invoke(dataSource, args);
                if (result instanceof Connection connection) {
                  try (Statement sql = connection.createStatement()) {
                    sql.execute("SET synchronous_commit TO off");
                  }
                }
                return result;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
