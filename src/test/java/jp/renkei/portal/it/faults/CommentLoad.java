package jp.renkei.portal.it.faults;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.it.support.PortalHttp;

/**
 * Signed-in residents each commenting on a draft up to the flood limit, on a few connections, while
 * the test breaks something: what was sent, acknowledged, how the pages answered, the slowest
 * request and the requests that failed outright. Each comment's text is unique: {@code prefix}, the
 * resident, the number.
 */
final class CommentLoad {

  final Set<String> sent = ConcurrentHashMap.newKeySet();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final AtomicLong slowestMillis = new AtomicLong();
  final AtomicInteger clientErrors = new AtomicInteger();

  private final ExecutorService pool;
  private final List<Future<?>> work = new ArrayList<>();

  private CommentLoad(int connections) {
    pool = Executors.newFixedThreadPool(connections);
  }

  /**
   * Starts the load. With {@code stopAtFirstError} a resident whose request fails outright (the
   * portal gone) sends nothing more; otherwise each goes on to its next comment.
   */
  static CommentLoad start(
      List<String> residents,
      List<PortalHttp> clients,
      String document,
      String prefix,
      int connections,
      boolean stopAtFirstError) {
    CommentLoad load = new CommentLoad(connections);
    for (int r = 0; r < clients.size(); r++) {
      PortalHttp client = clients.get(r);
      String resident = residents.get(r);
      load.work.add(
          load.pool.submit(
              () -> {
                for (int n = 0; n < ResidentsFeedback.MAX_PER_WINDOW; n++) {
                  String body = prefix + resident + " " + n;
                  load.sent.add(body);
                  long started = System.nanoTime();
                  try {
                    HttpResponse<String> page = client.get(document);
                    load.statuses
                        .computeIfAbsent(page.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                    if (CommentForm.submit(client, document, page, body)) {
                      load.acknowledged.add(body);
                    }
                  } catch (RuntimeException e) {
                    load.clientErrors.incrementAndGet();
                    if (stopAtFirstError) {
                      return null;
                    }
                  } finally {
                    load.slowestMillis.accumulateAndGet(
                        (System.nanoTime() - started) / 1_000_000, Math::max);
                  }
                }
                return null;
              }));
    }
    return load;
  }

  /** Waits until this many comments were acknowledged (or {@code max} passed); how many were. */
  int awaitAcknowledged(int count, Duration max) throws InterruptedException {
    long waited = System.nanoTime();
    while (acknowledged.size() < count && System.nanoTime() - waited < max.toNanos()) {
      Thread.sleep(5);
    }
    return acknowledged.size();
  }

  /** Waits for every resident to have sent all they will. */
  void awaitEnd() throws Exception {
    for (Future<?> w : work) {
      w.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
  }
}
