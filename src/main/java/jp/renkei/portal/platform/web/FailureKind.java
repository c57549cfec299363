package jp.renkei.portal.platform.web;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import jp.renkei.portal.platform.Causes;

/**
 * What went wrong, as the person should hear it: nothing there (404), not allowed (403), changed by
 * somebody else at the same moment — "reload and try again" (409), the database unreachable — "try
 * again later" (503) — or anything else unexpected (500). None shows a stack trace.
 */
public enum FailureKind {
  NOT_FOUND(404),
  FORBIDDEN(403),
  /** Somebody else changed the same record at the same moment; nothing of this request was kept. */
  CONFLICT(409),
  /** The form's view state was not known — expired, from another session or forged. */
  EXPIRED(409),
  DATABASE_UNAVAILABLE(503),
  UNEXPECTED(500);

  private final int status;

  FailureKind(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** What the outermost failure in the chain that says anything says; else unexpected. */
  public static FailureKind of(Throwable failure) {
    return Causes.of(failure)
        .map(FailureKind::ofOne)
        .filter(kind -> kind != UNEXPECTED)
        .findFirst()
        .orElse(UNEXPECTED);
  }

  private static FailureKind ofOne(Throwable t) {
    if (t instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (t instanceof ForbiddenException) {
      return FORBIDDEN;
    }
    if (t instanceof jakarta.persistence.OptimisticLockException
        || t.getClass()
            .getName()
            .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
      return CONFLICT;
    }
    if (t instanceof SQLException
        || t instanceof PersistenceException
        || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.Database")
        || t.getClass().getName().equals("jakarta.resource.ResourceException")) {
      return DATABASE_UNAVAILABLE;
    }
    return UNEXPECTED;
  }
}
