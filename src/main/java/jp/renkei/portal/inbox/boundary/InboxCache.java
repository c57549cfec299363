package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.renkei.portal.platform.web.StepTaken;

/**
 * What awaits each person, as last worked out, for a few seconds: the inbox and the count in every
 * signed-in page's header read it, so a busy office does not repeat the same queries on every page.
 * An announcement committed in a circle forgets the entries of that circle's people at once on this
 * instance; other instances see the change when their entry ages out.
 */
@ApplicationScoped
public class InboxCache {

  /** How long an entry may be served: the staleness another instance's change can have. */
  static final Duration FRESH_FOR = Duration.ofSeconds(10);

  private record Entry(List<InboxItem> items, Set<Long> circleIds, Instant at) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** The person's items, worked out by {@code compute} when none are fresh. */
  public List<InboxItem> items(
      String username, Set<Long> circleIds, Supplier<List<InboxItem>> compute) {
    Entry entry = entries.get(username);
    Instant now = Instant.now();
    if (entry != null
        && entry.circleIds().equals(circleIds)
        && entry.at().plus(FRESH_FOR).isAfter(now)) {
      return entry.items();
    }
    List<InboxItem> items = List.copyOf(compute.get());
    entries.put(username, new Entry(items, Set.copyOf(circleIds), now));
    return items;
  }

  /** Forgets one person's items: they just acted. */
  public void forget(String username) {
    entries.remove(username);
  }

  void onStep(@Observes StepTaken step) {
    if (step.username() != null) {
      entries.remove(step.username());
    }
  }

  void onActivity(@Observes(during = TransactionPhase.AFTER_SUCCESS) CircleActivity activity) {
    entries.values().removeIf(e -> e.circleIds().contains(activity.circleId()));
  }
}
