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
          .load()
          .migrate();
    }
  }
}
