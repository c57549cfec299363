package jp.renkei.portal.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.renkei.portal.platform.persistence.PortalDataSource;
import jp.renkei.portal.platform.persistence.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and its schema is current ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  /** How long a durability check holds: settings change with a restart of PostgreSQL only. */
  static final Duration RECHECK = Duration.ofMinutes(5);

  private volatile Optional<String> warning = Optional.empty();
  private volatile Instant checkedAt = Instant.EPOCH;

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      boolean reachable = connection.isValid(2);
      response.status(reachable && migration.migrateIfNeeded());
      if (migration.refusedEmbedded()) {
        response.withData("error", "embedded database refused in production");
      }
      durabilityWarning(connection).ifPresent(w -> response.withData("warning", w));
      return response.build();
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }

  /**
   * A warning when PostgreSQL acknowledges commits it may lose in a crash ({@code fsync} or {@code
   * synchronous_commit} off): the portal still serves, but promises it cannot keep.
   */
  private Optional<String> durabilityWarning(Connection connection) throws SQLException {
    if (Instant.now().isBefore(checkedAt.plus(RECHECK))) {
      return warning;
    }
    Optional<String> found = Optional.empty();
    if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
      List<String> off = new ArrayList<>();
      for (String setting : List.of("fsync", "synchronous_commit")) {
        try (Statement sql = connection.createStatement();
            ResultSet rs = sql.executeQuery("SHOW " + setting)) {
          if (rs.next() && "off".equalsIgnoreCase(rs.getString(1))) {
            off.add(setting);
          }
        }
      }
      if (!off.isEmpty()) {
        found =
            Optional.of(
                String.join(", ", off) + " off: acknowledged changes can be lost in a crash");
        LOG.log(Level.WARNING, "PostgreSQL runs with {0}", found.get());
      }
    }
    warning = found;
    checkedAt = Instant.now();
    return found;
  }
}
