package jp.renkei.portal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production refuses the embedded database unless told to run on it: a deployment that forgot
 * RENKEI_DB_URL must not quietly keep residents' opinions in a file on one instance.
 */
class EmbeddedRefusalTest {

  @TempDir Path folder;

  private SchemaMigration on(boolean embeddedAllowed) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("renkei"));
    SchemaMigration migration = new SchemaMigration();
    migration.dataSource = h2;
    migration.embeddedAllowed = embeddedAllowed;
    return migration;
  }

  @Test
  void theEmbeddedDatabaseIsRefusedUnlessAllowed() {
    SchemaMigration refused = on(false);

    assertFalse(refused.migrateIfNeeded(), "not migrated, readiness stays down");
    assertTrue(refused.refusedEmbedded());
    assertFalse(refused.isMigrated());

    SchemaMigration allowed = on(true);
    assertTrue(allowed.migrateIfNeeded());
    assertFalse(allowed.refusedEmbedded());
  }

  @Test
  void theEmbeddedDatabaseWritesEachCommitBeforeAcknowledgingIt() throws Exception {
    UrlDataSource embedded = new UrlDataSource();
    embedded.setURL("jdbc:h2:file:" + folder.resolve("durable"));

    try (Connection connection = embedded.getConnection();
        Statement sql = connection.createStatement();
        ResultSet setting =
            sql.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertTrue(setting.next());
      assertEquals("0", setting.getString(1), "H2's default would lose ~0.5 s of commits");
    }
    assertEquals(
        "jdbc:postgresql://db/renkei", UrlDataSource.durable("jdbc:postgresql://db/renkei"));
  }
}
