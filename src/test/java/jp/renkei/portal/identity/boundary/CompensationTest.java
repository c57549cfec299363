package jp.renkei.portal.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undoing Keycloak steps when a later one fails. */
class CompensationTest {

  @Test
  void aFailedStepUndoesTheEarlierOnesNewestFirstAndStillFails() {
    List<String> undone = new ArrayList<>();
    Compensation undo = new Compensation();
    RuntimeException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                undo.guard(
                    () -> {
                      undo.add(() -> undone.add("user deleted"));
                      undo.add(
                          () -> {
                            undone.add("group left");
                            throw new IllegalStateException("Keycloak gone meanwhile");
                          });
                      undo.add(() -> undone.add("role revoked"));
                      throw new IllegalStateException("mail server down");
                    }));
    assertEquals("mail server down", failure.getMessage());
    assertEquals(List.of("role revoked", "group left", "user deleted"), undone);
  }
}
