package jp.renkei.portal.platform.web;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * What went wrong, as the person should hear it: the database being unreachable is "try again
 * later" (503), anything else unexpected is a plain 500. Neither shows a stack trace.
 */
public enum FailureKind {
  DATABASE_UNAVAILABLE(503),
  UNEXPECTED(500);

  private final int status;

  FailureKind(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static FailureKind of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException
          || t instanceof PersistenceException
          || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.Database")
          || t.getClass().getName().equals("jakarta.resource.ResourceException")) {
        return DATABASE_UNAVAILABLE;
      }
    }
    return UNEXPECTED;
  }
}
