package jp.renkei.portal.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rendered markup of page parts every reader of a document sees alike — an agreement's clauses
 * and record, a vision's chapters — kept per instance by a key that names the document's version
 * and lock version, the language and the day ({@code <r:shared key="…">}). A signed-in resident's
 * page cannot come from the HTTP cache (it carries their name and comment form), so without this
 * every reader at a deadline re-renders the same clauses. A change to the document changes its lock
 * version and so the key; names of municipalities and anything else the key does not name are at
 * most {@link #TIME_TO_LIVE} old, as the public pages in the HTTP cache are.
 */
public final class SharedFragments {

  /** As long as the public pages' {@code max-age}. */
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

  /** Documents being read at once across the country's circles: plenty, at tens of KB each. */
  static final int CAPACITY = 500;

  private static final SharedFragments INSTANCE = new SharedFragments(Clock.systemUTC(), CAPACITY);

  private record Entry(Object value, Instant expires) {}

  private final Clock clock;
  private final Map<String, Entry> entries;

  SharedFragments(Clock clock, int capacity) {
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  public static SharedFragments instance() {
    return INSTANCE;
  }

  /** The markup kept under this key, or null when there is none or it is too old. */
  public String get(String key) {
    return valueOf(key) instanceof String html ? html : null;
  }

  public void put(String key, String html) {
    keep(key, html);
  }

  /**
   * What the page works out alike for every reader of a version besides its markup — a vision's
   * sections, which the residents' form offers as choices — kept by the same rules, under a key of
   * its own; worked out (outside the lock: it may read the database) when none is kept.
   *
   * <pre>{@code
   * List<Section> sections = fragments.kept(sharedKey + "/sections", () -> VisionSections.of(…));
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(String key, Supplier<T> workOut) {
    Object known = valueOf(key);
    if (known != null) {
      return (T) known;
    }
    T value = workOut.get();
    keep(key, value);
    return value;
  }

  private synchronized Object valueOf(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(key);
      return null;
    }
    return entry.value();
  }

  private synchronized void keep(String key, Object value) {
    entries.put(key, new Entry(value, clock.instant().plus(TIME_TO_LIVE)));
  }

  synchronized int size() {
    return entries.size();
  }
}
