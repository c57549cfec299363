package jp.renkei.portal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database the run command uses: migrations and demo circles apply to a file database
 * with the same H2 Payara bundles, survive closing and reopening it, and are not applied twice.
 */
class EmbeddedDatabaseMigrationTest {

  @TempDir Path folder;

  private JdbcDataSource embedded() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("renkei"));
    dataSource.setUser("renkei");
    dataSource.setPassword("renkei");
    return dataSource;
  }

  private static long count(JdbcDataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void migratesLoadsTheDemoCirclesOnceAndKeepsThemAcrossRestarts() throws SQLException {
    Migrations.apply(embedded(), true);
    assertEquals(5, count(embedded(), "SELECT COUNT(*) FROM circle"));

    // The portal starts again on the same folder: nothing is applied twice.
    Migrations.apply(embedded(), true);

    assertEquals(5, count(embedded(), "SELECT COUNT(*) FROM circle"));
    assertEquals(25, count(embedded(), "SELECT COUNT(*) FROM circle_member"));
    assertEquals(
        2,
        count(embedded(), "SELECT COUNT(*) FROM circle_member WHERE municipality_code = '023035'"));
  }

  /**
   * V27 on a database that had filings before it (the demo's, loaded up to V15): a filing with the
   * governor becomes one per party in that prefecture, the Ministry's copy the central city's; the
   * demo's own V16 then changes nothing.
   */
  @Test
  void filingsRecordedWithTheGovernorOnlyBecomeOnePerParty() throws SQLException {
    ClassLoader loader = Migrations.class.getClassLoader();
    Flyway.configure(loader)
        .dataSource(embedded())
        .locations("classpath:db/migration")
        .target("26")
        .load()
        .migrate();
    Flyway.configure(loader)
        .dataSource(embedded())
        .locations("classpath:db/demo")
        .table("demo_data_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(java.util.Map.of("binaryStart", "X'", "binaryEnd", "'"))
        .target("15")
        .load()
        .migrate();
    assertEquals(
        2, count(embedded(), "SELECT COUNT(*) FROM agreement_filing WHERE version_id = 10"));

    Migrations.apply(embedded(), true);

    assertEquals(
        3,
        count(
            embedded(),
            "SELECT COUNT(*) FROM agreement_filing WHERE version_id = 10 AND ("
                + "(sender = '022012' AND recipient = 'GOVERNOR:02')"
                + " OR (sender = '023035' AND recipient = 'GOVERNOR:02')"
                + " OR (sender = '022012' AND recipient = 'MINISTRY'))"));
    assertEquals(
        3, count(embedded(), "SELECT COUNT(*) FROM agreement_filing WHERE version_id = 10"));
    assertEquals(0, count(embedded(), "SELECT COUNT(*) FROM agreement_filing WHERE sender = ''"));
  }

  @Test
  void withoutDemoDataTheSchemaIsEmpty() throws SQLException {
    Migrations.apply(embedded(), false);
    assertEquals(0, count(embedded(), "SELECT COUNT(*) FROM circle"));
  }

  @Test
  void aMunicipalityCannotBeInTheSameCircleTwice() throws SQLException {
    Migrations.apply(embedded(), true);
    try (Connection c = embedded().getConnection();
        Statement s = c.createStatement()) {
      org.junit.jupiter.api.Assertions.assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO circle_member (id, circle_id, municipality_code, role)"
                      + " VALUES (99, 1, '023035', 'PARTNER')"));
    }
  }
}
