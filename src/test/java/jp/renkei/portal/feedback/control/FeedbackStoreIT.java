package jp.renkei.portal.feedback.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Residents' feedback and the published summaries bind the request's circle: an opinion given in 青森
 * on a document, and the summary of that document, are not found from 長野 — even asked for by the
 * same subject and id.
 */
class FeedbackStoreIT {

  private static final FeedbackSubject SUBJECT =
      new FeedbackSubject(FeedbackSubject.Type.VISION_VERSION, 9001);

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private FeedbackStore in(Tenant tenant) {
    FeedbackStore store = new FeedbackStore();
    store.em = em;
    store.tenant = TestTenants.in(tenant);
    return store;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesFeedbackAndSummaryAreFoundNowhere() {
    Feedback given = new Feedback(1, SUBJECT, null, "resident", "バスの本数を増やして", Instant.now());
    database.inTransaction(
        em,
        () -> {
          in(AOMORI).add(given);
          in(AOMORI).addSummary(SUBJECT, LocalDateTime.now(), "aomori-mayor");
        });

    assertEquals(1, in(AOMORI).page(SUBJECT, false, null, 10).size());
    assertEquals(1, in(AOMORI).countShown(SUBJECT));
    assertEquals(java.util.List.of("resident"), in(AOMORI).authorsShown(SUBJECT));
    assertTrue(in(AOMORI).find(SUBJECT, given.id()).isPresent());
    assertTrue(in(AOMORI).isSummaryPublished(SUBJECT));

    FeedbackStore nagano = in(NAGANO);
    assertTrue(nagano.page(SUBJECT, false, null, 10).isEmpty());
    assertEquals(0, nagano.countShown(SUBJECT));
    assertTrue(nagano.authorsShown(SUBJECT).isEmpty(), "nobody of 青森 is told in 長野");
    assertTrue(nagano.find(SUBJECT, given.id()).isEmpty());
    assertFalse(nagano.isSummaryPublished(SUBJECT));
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeatsEvenWhenOpinionsShareAMoment() {
    FeedbackSubject subject = new FeedbackSubject(FeedbackSubject.Type.AGREEMENT_VERSION, 9002);
    Instant moment = Instant.parse("2026-11-30T01:02:03.123456Z");
    database.inTransaction(
        em,
        () -> {
          for (int i = 0; i < 120; i++) {
            // Forty opinions at the same microsecond: the id breaks the tie.
            Instant at = i < 40 ? moment : moment.plusSeconds(i);
            in(AOMORI).add(new Feedback(1, subject, null, "resident-" + i, "意見 " + i, at));
          }
        });
    FeedbackStore store = in(AOMORI);
    java.util.List<Long> seen = new java.util.ArrayList<>();
    FeedbackStore.Cursor after = null;
    java.util.List<Integer> sizes = new java.util.ArrayList<>();
    while (true) {
      java.util.List<Feedback> page = store.page(subject, false, after, 50);
      java.util.List<Feedback> shown = page.size() > 50 ? page.subList(0, 50) : page;
      sizes.add(shown.size());
      shown.forEach(f -> seen.add(f.id()));
      if (page.size() <= 50) {
        break;
      }
      after =
          FeedbackStore.Cursor.parse(
              FeedbackStore.Cursor.after(shown.get(shown.size() - 1)).token());
    }

    assertEquals(java.util.List.of(50, 50, 20), sizes);
    assertEquals(120, new java.util.HashSet<>(seen).size(), "no opinion twice, none left out");
    assertTrue(in(NAGANO).page(subject, false, null, 50).isEmpty(), "another circle sees none");
  }

  @Test
  void theCommentersToTellAreEachAuthorOnceAndNoneWhoseOpinionIsHidden() {
    FeedbackSubject subject = new FeedbackSubject(FeedbackSubject.Type.VISION_VERSION, 9003);
    Instant at = Instant.parse("2026-11-30T01:00:00Z");
    database.inTransaction(
        em,
        () -> {
          FeedbackStore store = in(AOMORI);
          store.add(new Feedback(1, subject, null, "hanako", "一つ目", at));
          store.add(new Feedback(1, subject, null, "hanako", "二つ目", at.plusSeconds(1)));
          store.add(new Feedback(1, subject, null, "taro", "三つ目", at.plusSeconds(2)));
          Feedback abusive = new Feedback(1, subject, null, "troll", "ばか", at.plusSeconds(3));
          store.add(abusive);
          abusive.hide("誹謗中傷", "aomori-mayor", at.plusSeconds(60));
        });

    assertEquals(3, in(AOMORI).countShown(subject));
    assertEquals(java.util.List.of("hanako", "taro"), in(AOMORI).authorsShown(subject));
  }
}
