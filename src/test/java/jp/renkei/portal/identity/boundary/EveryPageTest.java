package jp.renkei.portal.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Keycloak lists a role's holders page by page: across the country a role such as council member is
 * held by tens of thousands, and a listing cut at the first page left people out of their circle's
 * notifications.
 */
class EveryPageTest {

  /** A listing of this many people, as Keycloak pages it; records the pages asked for. */
  private static List<Integer> listing(int people, List<Integer> asked, int first, int max) {
    asked.add(first);
    return IntStream.range(first, Math.min(people, first + max)).boxed().toList();
  }

  @Test
  void everybodyOfALongListingIsRead() {
    List<Integer> asked = new ArrayList<>();
    List<Integer> all = Accounts.everyPage((first, max) -> listing(26_123, asked, first, max));
    assertEquals(26_123, all.size());
    assertEquals(IntStream.range(0, 26_123).boxed().toList(), all);
    assertEquals(27, asked.size());
  }

  @Test
  void aListingOfExactlyOnePageAsksOnceMoreAndStops() {
    List<Integer> asked = new ArrayList<>();
    assertEquals(
        Accounts.PAGE,
        Accounts.everyPage((first, max) -> listing(Accounts.PAGE, asked, first, max)).size());
    assertEquals(List.of(0, Accounts.PAGE), asked);
  }
}
