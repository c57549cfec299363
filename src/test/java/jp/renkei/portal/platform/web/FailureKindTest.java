package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
