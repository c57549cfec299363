package jp.renkei.portal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    assertEquals(3, count(embedded(), "SELECT COUNT(*) FROM circle"));

    // The portal starts again on the same folder: nothing is applied twice.
    Migrations.apply(embedded(), true);

    assertEquals(3, count(embedded(), "SELECT COUNT(*) FROM circle"));
    assertEquals(17, count(embedded(), "SELECT COUNT(*) FROM circle_member"));
    assertEquals(
        2,
        count(embedded(), "SELECT COUNT(*) FROM circle_member WHERE municipality_code = '023035'"));
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
