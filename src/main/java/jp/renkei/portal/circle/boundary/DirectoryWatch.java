package jp.renkei.portal.circle.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.platform.cluster.ClusterSignals;
import jp.renkei.portal.platform.persistence.SchemaMigration;

/**
 * Keeps this instance's copy of the circle directory in step with the other instances': it forgets
 * the copy when any instance signals a change ({@link ClusterSignals}, milliseconds on a cluster),
 * and every second compares the directory's version row with the one it loaded, for a signal this
 * instance missed (it was starting, the data grid was split). One tiny query a second per instance;
 * the database is the one place every instance shares.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DirectoryWatch {

  private static final Logger LOG = Logger.getLogger(DirectoryWatch.class.getName());

  @Inject SchemaMigration migration;
  @Inject CircleRepository repository;
  @Inject CircleCatalog catalog;

  @Inject ClusterSignals signals;

  private long seen = -1;

  @PostConstruct
  void listen() {
    signals.on(ClusterSignals.DIRECTORY, catalog::invalidate);
  }

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
