package jp.renkei.portal.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date with Flyway when the portal starts, then (when {@code
 * renkei.demo-data} is on) loads the demo circles once. When the database cannot be reached at
 * start-up the portal still starts: readiness stays red and the migration is tried again on each
 * readiness check until it succeeds.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "renkei.demo-data", defaultValue = "false")
  boolean demoData;

  /** The run command and the tests say so; a production deployment runs on PostgreSQL. */
  @Inject
  @ConfigProperty(name = "renkei.db.embedded-allowed", defaultValue = "false")
  boolean embeddedAllowed;

  private volatile boolean migrated;
  private volatile boolean refusedEmbedded;

  @PostConstruct
  void migrateAtStartup() {
    migrateIfNeeded();
  }

  /** True once the schema is current; tries again when it is not. */
  public synchronized boolean migrateIfNeeded() {
    if (migrated) {
      return true;
    }
    try {
      if (!embeddedAllowed && isEmbedded()) {
        if (!refusedEmbedded) {
          LOG.severe(
              "The embedded database (H2) is for the run command and tests: set RENKEI_DB_URL to"
                  + " PostgreSQL, or RENKEI_DB_EMBEDDED_ALLOWED=true to run on it anyway."
                  + " Readiness stays down.");
        }
        refusedEmbedded = true;
        return false;
      }
      Migrations.apply(dataSource, demoData);
      migrated = true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Database migration failed; readiness stays down: {0}", e.toString());
    }
    return migrated;
  }

  /**
   * True once the schema is current, without trying again: what the timers ask each second before
   * they touch a table, so that none runs against a schema still being made.
   */
  public boolean isMigrated() {
    return migrated;
  }

  /** True when the portal was refused its embedded database (readiness says why). */
  public boolean refusedEmbedded() {
    return refusedEmbedded;
  }

  private boolean isEmbedded() {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
