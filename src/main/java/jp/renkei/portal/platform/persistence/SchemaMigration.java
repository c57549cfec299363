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

  private volatile boolean migrated;

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
      Migrations.apply(dataSource, demoData);
      migrated = true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Database migration failed; readiness stays down: {0}", e.toString());
    }
    return migrated;
  }
}
