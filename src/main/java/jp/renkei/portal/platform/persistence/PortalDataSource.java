package jp.renkei.portal.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one database, from the environment: {@code RENKEI_DB_URL} ({@code jdbc:h2:file:…}
 * embedded, or {@code jdbc:postgresql://…}), {@code RENKEI_DB_USER}, {@code RENKEI_DB_PASSWORD}.
 * Payara resolves {@code ${ENV=…}} when it creates the pool. Without them the portal keeps an
 * embedded database in {@code ./data} below the directory it runs in.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = PortalDataSource.JNDI_NAME,
    className = "jp.renkei.portal.platform.persistence.UrlDataSource",
    url = "${ENV=RENKEI_DB_URL:jdbc:h2:file:./data/renkei}",
    user = "${ENV=RENKEI_DB_USER:renkei}",
    password = "${ENV=RENKEI_DB_PASSWORD:renkei}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
public class PortalDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/renkei";
}
