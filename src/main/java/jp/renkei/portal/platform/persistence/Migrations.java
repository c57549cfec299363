package jp.renkei.portal.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The portal's schema migrations ({@code db/migration}) and the demo circles ({@code db/demo}), the
 * same scripts for H2 and PostgreSQL. The demo data keeps its own history table, so a production
 * database never has it and never misses it.
 *
 * <pre>{@code
 * Migrations.apply(dataSource, true);
 * }</pre>
 */
public final class Migrations {

  private Migrations() {}

  /**
   * Demo data holds a few bytes (a sample material); H2 and PostgreSQL write binary literals
   * differently: {@code ${binaryStart}2550${binaryEnd}}.
   */
  private static java.util.Map<String, String> binaryLiterals(DataSource dataSource) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      boolean postgres =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      return postgres
          ? java.util.Map.of("binaryStart", "'\\x", "binaryEnd", "'::bytea")
          : java.util.Map.of("binaryStart", "X'", "binaryEnd", "'");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot tell the database's kind", e);
    }
  }

  public static void apply(DataSource dataSource, boolean withDemoData) {
    ClassLoader loader = Migrations.class.getClassLoader();
    Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    if (withDemoData) {
      Flyway.configure(loader)
          .dataSource(dataSource)
          .locations("classpath:db/demo")
          .table("demo_data_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .placeholders(binaryLiterals(dataSource))
          .load()
          .migrate();
    }
  }
}
