package jp.renkei.portal.circle.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.platform.persistence.SchemaMigration;

/**
 * Every second, on every instance, compares the directory's version row with the one this instance
 * loaded: a circle changed on another instance is seen here within a second, not when the copy ages
 * out. One tiny query a second per instance; the database is the one place every instance shares.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DirectoryWatch {

  private static final Logger LOG = Logger.getLogger(DirectoryWatch.class.getName());

  @Inject SchemaMigration migration;
  @Inject CircleRepository repository;
  @Inject CircleCatalog catalog;

  private long seen = -1;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void check() {
    if (!migration.isMigrated()) {
      return;
    }
    try {
      long version = repository.directoryVersion();
      if (seen >= 0 && version != seen) {
        catalog.invalidate();
      }
      seen = version;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Directory version not read; the copy ages out by itself", e);
    }
  }
}
