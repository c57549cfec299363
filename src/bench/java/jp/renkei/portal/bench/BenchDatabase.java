package jp.renkei.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A benchmark's own database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust), made
 * afresh for each run, and the portal settings that point at it with the demo data.
 */
record BenchDatabase(String name) {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

  /** Drops the database of this name if it is there and makes it empty. */
  static BenchDatabase fresh(String name) throws SQLException {
    try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    }
    return new BenchDatabase(name);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(PG + name, "postgres", "");
  }

  /** The portal's environment on this database with the demo circles, plus {@code extra}. */
  Map<String, String> portalEnvironment(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("RENKEI_DB_URL", PG + name);
    env.put("RENKEI_DB_USER", "postgres");
    env.put("RENKEI_DB_PASSWORD", "");
    env.put("RENKEI_DEMO_DATA", "true");
    return env;
  }
}
