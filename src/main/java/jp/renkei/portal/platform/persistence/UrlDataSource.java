package jp.renkei.portal.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks its JDBC driver from the URL, so that one setting ({@code
 * RENKEI_DB_URL}) switches between the embedded H2 database and PostgreSQL. Payara's connection
 * pool wraps it; it only opens physical connections.
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private int loginTimeout;

  public void setURL(String url) {
    this.url = url;
  }

  public String getURL() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties properties = new Properties();
    if (username != null && !username.isEmpty()) {
      properties.setProperty("user", username);
    }
    if (pass != null && !pass.isEmpty()) {
      properties.setProperty("password", pass);
    }
    String effective = durable(url);
    Driver driver = driverFor(effective);
    Connection connection = driver.connect(effective, properties);
    if (connection == null) {
      throw new SQLException("The driver refused the URL " + url);
    }
    return connection;
  }

  /**
   * The URL as the portal opens it: H2 writes its log lazily by default (measured: a process killed
   * with -9 lost its last ~170 acknowledged commits, about half a second), so an embedded database
   * is opened with {@code WRITE_DELAY=0} — every commit is written before it is acknowledged —
   * unless the URL says otherwise.
   */
  static String durable(String url) {
    if (url != null
        && url.startsWith("jdbc:h2:")
        && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
      return url + ";WRITE_DELAY=0";
    }
    return url;
  }

  private static Driver driverFor(String url) throws SQLException {
    if (url == null) {
      throw new SQLException("No database URL: set RENKEI_DB_URL");
    }
    for (Driver driver : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new SQLException(
        "No JDBC driver for " + url.replaceAll("password=[^;&]*", "password=***"));
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
