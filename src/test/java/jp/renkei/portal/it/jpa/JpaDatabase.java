package jp.renkei.portal.it.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import jp.renkei.portal.platform.persistence.Migrations;
import jp.renkei.portal.platform.persistence.UrlDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The portal's entities on a real PostgreSQL, without a server: a fresh database {@code renkei_jpa}
 * with the schema migrations and the demo circles, and EclipseLink (Payara's JPA provider)
 * bootstrapped on it over the portal's own entity classes — for repository tests that need the real
 * queries but not Payara. Created once per test run.
 *
 * <pre>{@code
 * EntityManager em = JpaDatabase.shared().entityManager();
 * JpaDatabase.shared().inTransaction(em, () -> em.persist(feedback));
 * }</pre>
 */
public final class JpaDatabase {

  private static JpaDatabase shared;

  private final EntityManagerFactory factory;

  private JpaDatabase(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** The database of this test run, created and migrated by the first test that asks. */
  public static synchronized JpaDatabase shared() {
    if (shared == null) {
      shared = new JpaDatabase(createFactory(freshDatabase()));
      Runtime.getRuntime().addShutdownHook(new Thread(shared.factory::close));
    }
    return shared;
  }

  /**
   * A fresh embedded H2 database in the folder, migrated like the portal's: for the rules that must
   * hold on both databases.
   */
  public static JpaDatabase embedded(java.nio.file.Path folder) {
    UrlDataSource dataSource = new UrlDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("renkei"));
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Migrations.apply(dataSource, true);
    return new JpaDatabase(createFactory(dataSource));
  }

  /** Closes a database of one test; the shared one closes with the test run. */
  public void close() {
    factory.close();
  }

  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs work in a transaction of its own that commits. */
  public void inTransaction(EntityManager em, Runnable work) {
    em.getTransaction().begin();
    try {
      work.run();
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  private static DataSource freshDatabase() {
    String server = System.getProperty("renkei.it.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getProperty("renkei.it.pg-user", "postgres");
    String password = System.getProperty("renkei.it.pg-password", "");
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS renkei_jpa WITH (FORCE)");
      sql.execute("CREATE DATABASE renkei_jpa ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + server + " is needed", e);
    }
    UrlDataSource dataSource = new UrlDataSource();
    dataSource.setURL(server + "renkei_jpa");
    dataSource.setUser(user);
    dataSource.setPassword(password);
    Migrations.apply(dataSource, true);
    return dataSource;
  }

  private static EntityManagerFactory createFactory(DataSource dataSource) {
    Map<String, Object> properties =
        Map.of(
            "eclipselink.weaving", "false",
            "eclipselink.logging.level", "WARNING",
            "eclipselink.cache.shared.default", "false");
    return new PersistenceProvider()
        .createContainerEntityManagerFactory(new PortalUnit(dataSource), properties);
  }

  /** The portal's persistence unit, its classes found where the main classes are. */
  private record PortalUnit(DataSource dataSource) implements PersistenceUnitInfo {

    @Override
    public String getPersistenceUnitName() {
      return "renkei-jpa-test";
    }

    @Override
    public String getPersistenceProviderClassName() {
      return PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
      return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
      return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
      return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
      return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
      return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
      try {
        return Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
      } catch (URISyntaxException | java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public List<String> getManagedClassNames() {
      return List.of();
    }

    @Override
    public boolean excludeUnlistedClasses() {
      return false;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
      return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
      return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
      return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
      return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
      return JpaDatabase.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {}

    @Override
    public ClassLoader getNewTempClassLoader() {
      return JpaDatabase.class.getClassLoader();
    }
  }
}
