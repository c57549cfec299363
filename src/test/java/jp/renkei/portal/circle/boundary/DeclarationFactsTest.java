package jp.renkei.portal.circle.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import jp.renkei.portal.circle.entity.Declaration;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第4 and 第9: which declaration is in force — a joint one only once both cities signed — and what
 * the page lists as earlier.
 */
class DeclarationFactsTest {

  private static final Declaration.Items ITEMS =
      new Declaration.Items("①", "②", "③", "④", "⑤", null, null);

  private static CircleDeclaration signed(int day) {
    return new CircleDeclaration(
        LocalDate.of(2026, 4, day),
        ITEMS,
        null,
        null,
        "322016",
        "312029",
        LocalDate.of(2026, 4, day));
  }

  private static CircleDeclaration waiting(int day) {
    return new CircleDeclaration(
        LocalDate.of(2026, 4, day), ITEMS, null, null, "322016", null, null);
  }

  private static DeclarationFacts facts(CircleDeclaration... newestFirst) {
    return new DeclarationFacts(List.of(newestFirst), null, null, List.of(), List.of());
  }

  @Test
  void aJointDeclarationWaitingForItsSecondSignatureLeavesTheOneBeforeInForce() {
    CircleDeclaration before = signed(1);
    CircleDeclaration pending = waiting(10);
    DeclarationFacts facts = facts(pending, before);

    assertEquals(before, facts.inForce());
    assertEquals(pending, facts.awaitingCosignature());
    assertEquals(List.of(), facts.earlier(), "neither the one in force nor the waiting one");
    assertNull(facts.withdrawn());
  }

  @Test
  void theFirstJointDeclarationIsNotInForceBeforeBothSigned() {
    DeclarationFacts facts = facts(waiting(10));
    assertNull(facts.inForce());
    assertNull(facts.withdrawn());
  }

  @Test
  void aWithdrawnDeclarationIsShownOnTopAndTheOlderOnesAreEarlier() {
    CircleDeclaration withdrawn =
        new CircleDeclaration(
            LocalDate.of(2026, 4, 5), ITEMS, LocalDate.of(2026, 5, 1), "理由", null, null, null);
    CircleDeclaration older =
        new CircleDeclaration(LocalDate.of(2025, 4, 1), ITEMS, null, null, null, null, null);
    DeclarationFacts facts = facts(withdrawn, older);

    assertNull(facts.inForce());
    assertEquals(withdrawn, facts.withdrawn());
    assertEquals(List.of(older), facts.earlier());
  }
}
