package jp.renkei.portal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without a data grid (a single instance) a signal still reaches this instance's own copies; one
 * that fails does not keep the others from hearing it. (Across instances: the fault suite's
 * ClusterIT.)
 */
class ClusterSignalsTest {

  private final ClusterSignals signals = new ClusterSignals();

  @Test
  void withoutAGridASignalIsActedOnHereAndOnlyByItsListeners() {
    List<String> heard = new ArrayList<>();
    signals.on(ClusterSignals.DIRECTORY, () -> heard.add("catalog"));
    signals.on("something-else", () -> heard.add("other"));

    signals.send(ClusterSignals.DIRECTORY);

    assertEquals(List.of("catalog"), heard);
  }

  @Test
  void aListenerThatFailsDoesNotKeepTheNextFromHearing() {
    List<String> heard = new ArrayList<>();
    signals.on(
        ClusterSignals.DIRECTORY,
        () -> {
          throw new IllegalStateException("a copy that cannot forget");
        });
    signals.on(ClusterSignals.DIRECTORY, () -> heard.add("second"));

    signals.send(ClusterSignals.DIRECTORY);

    assertEquals(List.of("second"), heard);
  }
}
