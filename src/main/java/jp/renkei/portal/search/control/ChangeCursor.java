package jp.renkei.portal.search.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How far an index has read the change rows, when rows commit out of their order. A row's number is
 * drawn when its transaction writes it, and the transaction commits later: a row numbered 100 can
 * become visible after 101 has been read. Reading "after the highest row applied" would skip 100
 * for ever, and the publication it names would never be found. So the cursor remembers the numbers
 * it passed without seeing — the gaps — and keeps looking for them, until they turn up or have been
 * missing for longer than a transaction runs (a rolled-back transaction or a sequence that skipped
 * ahead leaves a gap that never fills).
 *
 * <pre>{@code
 * ChangeCursor cursor = new ChangeCursor(index.appliedSeq(), Duration.ofMinutes(10));
 * rows = late rows (cursor.gaps(500)) + new rows (seq > cursor.frontier(), 500 of them);
 * rows.forEach(r -> { apply(r); cursor.applied(r.seq(), System.nanoTime()); });
 * cursor.expire(System.nanoTime());
 * index.commit(cursor.settled()); // every row up to it is applied or given up
 * }</pre>
 */
public final class ChangeCursor {

  /** More missing numbers in one jump than this is not a gap to wait for: the sequence moved. */
  static final int MAX_GAP = 10_000;

  private final long waitNanos;
  private long frontier;
  private final NavigableMap<Long, Long> gapsSince = new TreeMap<>();
  private long lookedForUpTo = Long.MIN_VALUE;

  /** A cursor past every row up to {@code settled}, waiting up to {@code wait} for a gap. */
  public ChangeCursor(long settled, Duration wait) {
    this.frontier = settled;
    this.waitNanos = wait.toNanos();
  }

  /** The highest row applied: new rows are those after it. */
  public long frontier() {
    return frontier;
  }

  /**
   * Up to {@code max} of the numbers passed without a row: all of them, oldest first, when they
   * fit; when there are more, each call goes on after the last number it gave and comes round
   * again, so that every gap is still looked for before it expires.
   */
  public List<Long> gaps(int max) {
    if (gapsSince.size() <= max) {
      lookedForUpTo = Long.MIN_VALUE;
      return new ArrayList<>(gapsSince.keySet());
    }
    List<Long> gaps = new ArrayList<>(max);
    takeInto(gaps, gapsSince.tailMap(lookedForUpTo, false).keySet(), max);
    takeInto(gaps, gapsSince.headMap(lookedForUpTo, true).keySet(), max);
    if (!gaps.isEmpty()) {
      lookedForUpTo = gaps.get(gaps.size() - 1);
    }
    return gaps;
  }

  private static void takeInto(List<Long> gaps, Iterable<Long> numbers, int max) {
    for (Long seq : numbers) {
      if (gaps.size() == max) {
        return;
      }
      gaps.add(seq);
    }
  }

  /**
   * Notes that row {@code seq} was applied at {@code nowNanos}: a row after the frontier leaves the
   * numbers it jumped as gaps; a row in a gap fills it.
   */
  public void applied(long seq, long nowNanos) {
    if (seq <= frontier) {
      gapsSince.remove(seq);
      return;
    }
    if (seq - frontier - 1 <= MAX_GAP) {
      for (long missing = frontier + 1; missing < seq; missing++) {
        gapsSince.put(missing, nowNanos);
      }
    }
    frontier = seq;
  }

  /** Gives up the gaps missing for longer than the wait; returns how many. */
  public int expire(long nowNanos) {
    int expired = 0;
    for (Iterator<Map.Entry<Long, Long>> it = gapsSince.entrySet().iterator(); it.hasNext(); ) {
      if (nowNanos - it.next().getValue() > waitNanos) {
        it.remove();
        expired++;
      }
    }
    return expired;
  }

  /** Every row up to this one is applied or given up: where a restarted index reads again. */
  public long settled() {
    return gapsSince.isEmpty() ? frontier : gapsSince.firstKey() - 1;
  }
}
