package jp.renkei.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void theChainRunsFromTheOutermostFailureToTheFirst() {
    SQLException first = new SQLException("connection refused");
    IllegalStateException middle = new IllegalStateException(first);
    RuntimeException outer = new RuntimeException(middle);

    assertEquals(List.of(outer, middle, first), Causes.of(outer).toList());
    assertSame(first, Causes.root(outer));
    assertSame(middle, Causes.find(outer, IllegalStateException.class).orElseThrow());
    assertTrue(Causes.find(outer, ArithmeticException.class).isEmpty());
  }

  @Test
  void aFailureWithoutCauseIsItsOwnRoot() {
    IllegalArgumentException alone = new IllegalArgumentException("bad");
    assertEquals(List.of(alone), Causes.of(alone).toList());
    assertSame(alone, Causes.root(alone));
  }

  @Test
  void aChainThatLoopsEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertEquals(64, Causes.of(a).count());
    assertTrue(Causes.find(a, IllegalStateException.class).isEmpty());
  }
}
