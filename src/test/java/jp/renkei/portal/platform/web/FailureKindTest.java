package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureKindTest {

  @Test
  void anUnreachableDatabaseAnywhereInTheCauseChainIsA503() {
    var wrapped =
        new ServletException(
            new RuntimeException(new PersistenceException(new SQLException("refused"))));
    assertEquals(FailureKind.DATABASE_UNAVAILABLE, FailureKind.of(wrapped));
    assertEquals(503, FailureKind.of(wrapped).status());
  }

  @Test
  void twoChangesAtOnceAreAConflictNotAnOutage() {
    var lost =
        new ServletException(
            new RuntimeException(new jakarta.persistence.OptimisticLockException("changed")));
    assertEquals(FailureKind.CONFLICT, FailureKind.of(lost));
    assertEquals(409, FailureKind.of(lost).status());
  }

  @Test
  void anythingElseIsA500() {
    assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new NullPointerException()));
    assertEquals(500, FailureKind.of(new IllegalStateException()).status());
  }

  @Test
  void theOutermostFailureThatSaysAnythingDecides() {
    // The outermost says what the person hears: a persistence failure is an outage, whatever it
    // wraps; a container's wrapper says nothing, so the refusal inside it decides.
    var refused = new PersistenceException(new RuntimeException(new NotFoundException("gone")));
    assertEquals(FailureKind.DATABASE_UNAVAILABLE, FailureKind.of(refused));
    var found = new ServletException(new NotFoundException("gone"));
    assertEquals(FailureKind.NOT_FOUND, FailureKind.of(found));
    assertSame(found.getCause(), RefusalFilter.refusalIn(found));
    assertNull(RefusalFilter.refusalIn(new ServletException(new SQLException("down"))));
  }
}
