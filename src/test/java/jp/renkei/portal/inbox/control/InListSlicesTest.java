package jp.renkei.portal.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Preferences and languages of a hundred thousand recipients are asked in slices: PostgreSQL's
 * driver refuses a statement with more than 65,535 parameters, and the event was never delivered.
 */
class InListSlicesTest {

  @Test
  void aHundredThousandRecipientsAreAskedAThousandAtATimeEachOnce() {
    List<String> recipients = IntStream.range(0, 100_000).mapToObj(i -> "resident-" + i).toList();
    List<List<String>> slices = NotificationStore.slices(recipients);
    assertEquals(100, slices.size());
    assertTrue(slices.stream().allMatch(s -> s.size() == NotificationStore.IN_LIST));
    List<String> asked = new ArrayList<>();
    slices.forEach(asked::addAll);
    assertEquals(recipients, asked);
  }

  @Test
  void theLastSliceHoldsTheRestAndNoneIsAskedForNobody() {
    List<List<String>> slices =
        NotificationStore.slices(IntStream.range(0, 2_500).mapToObj(i -> "r" + i).toList());
    assertEquals(List.of(1_000, 1_000, 500), slices.stream().map(List::size).toList());
    assertTrue(NotificationStore.slices(List.of()).isEmpty());
  }
}
