package jp.renkei.portal.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A database that does not answer is not waited for. EclipseLink retries a read that failed on a
 * broken connection three times, five seconds apart, by default: with PostgreSQL killed, a page
 * request hung for 15 s and more (measured, {@code DatabaseCrashIT}) where the reader should get
 * the "try again later" page (503) at once. Payara's pool validates its connections and reconnects
 * by itself when PostgreSQL is back; the request after that succeeds.
 */
public class FailFastSessions implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
