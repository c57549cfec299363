package jp.renkei.portal.feedback.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.renkei.portal.feedback.boundary.ResidentsFeedback;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident's flood limit holds when twenty submissions arrive at once — each in its own
 * transaction and connection, as on two instances of a cluster — on PostgreSQL and on the embedded
 * database: exactly {@link ResidentsFeedback#MAX_PER_WINDOW} are stored. Without the lock the count
 * and the insert interleave and more get through.
 */
class FloodLimitIT {

  private static final int PARALLEL = 20;
  private static final FeedbackSubject SUBJECT =
      new FeedbackSubject(FeedbackSubject.Type.AGREEMENT_VERSION, 7001);

  @TempDir Path folder;

  @Test
  void twentyParallelSubmissionsStoreThreeOnPostgresql() throws Exception {
    assertEquals(ResidentsFeedback.MAX_PER_WINDOW, submitAtOnce(JpaDatabase.shared(), "pg-flood"));
  }

  @Test
  void twentyParallelSubmissionsStoreThreeOnTheEmbeddedDatabase() throws Exception {
    JpaDatabase embedded = JpaDatabase.embedded(folder);
    try {
      assertEquals(ResidentsFeedback.MAX_PER_WINDOW, submitAtOnce(embedded, "h2-flood"));
    } finally {
      embedded.close();
    }
  }

  /** What the boundary does, twenty times at once; returns how many the author has stored. */
  private static long submitAtOnce(JpaDatabase database, String author) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> submissions = new ArrayList<>();
    LocalDateTime since =
        LocalDateTime.ofInstant(Instant.now().minus(ResidentsFeedback.WINDOW), ZoneOffset.UTC);
    for (int i = 0; i < PARALLEL; i++) {
      int n = i;
      submissions.add(
          pool.submit(
              () -> {
                EntityManager em = database.entityManager();
                try {
                  FeedbackStore store = storeOf(em);
                  start.await();
                  database.inTransaction(
                      em,
                      () -> {
                        store.lockFloodCountOf(author);
                        if (store.givenSince(author, since) < ResidentsFeedback.MAX_PER_WINDOW) {
                          store.add(
                              new Feedback(1, SUBJECT, null, author, "意見 " + n, Instant.now()));
                        }
                      });
                } finally {
                  em.close();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> submission : submissions) {
      submission.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    EntityManager em = database.entityManager();
    try {
      return storeOf(em).givenSince(author, since);
    } finally {
      em.close();
    }
  }

  private static FeedbackStore storeOf(EntityManager em) {
    FeedbackStore store = new FeedbackStore();
    store.em = em;
    store.tenant = TestTenants.in(AOMORI);
    return store;
  }
}
