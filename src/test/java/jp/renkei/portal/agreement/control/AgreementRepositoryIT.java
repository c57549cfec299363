package jp.renkei.portal.agreement.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.MUTSUWAN;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.Clause;
import jp.renkei.portal.agreement.entity.ClauseComment;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every query of the agreements binds the request's circle: 青森's draft agreement with 平内町 (id 1,
 * version 1) is found from 青森 and from nowhere else — not by id, not in a list, not its council
 * comments.
 */
class AgreementRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private AgreementRepository in(Tenant tenant) {
    AgreementRepository repository = new AgreementRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesAgreementIsFoundNowhere() {
    long versionId = in(AOMORI).find(1).orElseThrow().versions().get(0).id();
    database.inTransaction(
        em,
        () ->
            in(AOMORI)
                .addComment(
                    new ClauseComment(
                        versionId,
                        Clause.PURPOSE,
                        "hiranai-council",
                        "023035",
                        "目的の書き方を確認したい",
                        Instant.now())));

    assertTrue(in(AOMORI).ofCircle().stream().map(Agreement::id).toList().contains(1L));
    assertFalse(in(AOMORI).commentsOn(versionId).isEmpty(), "青森 reads its council comments");
    assertTrue(in(AOMORI).bindsPartner("023035"));

    AgreementRepository nagano = in(NAGANO);
    assertTrue(nagano.find(1).isEmpty());
    assertFalse(nagano.ofCircle().stream().map(Agreement::id).toList().contains(1L));
    assertEquals(0, nagano.commentsOn(versionId).size());
    assertFalse(nagano.bindsPartner("023035"));
    database.inTransaction(em, () -> assertTrue(nagano.findForUpdate(1).isEmpty()));
  }

  @Test
  void agreementsLoadWithTheirVersionsAndInitiativesInOneGo() {
    // 陸奥湾's published agreements: their versions' initiatives are batch-fetched (the API reads
    // them).
    var agreements = in(MUTSUWAN).ofCircle();
    assertEquals(2, agreements.size(), "野辺地町 and 平内町");
    agreements.forEach(a -> assertFalse(a.versions().get(0).initiatives().isEmpty()));
  }

  @Test
  void theConcludedVersionsOfEveryCircleAreReadInOneQueryNewestFirst() {
    // The one query across circles: concluded versions only, never a draft.
    var rows = in(NAGANO).concludedVersionsOfAllCircles();
    assertTrue(rows.stream().noneMatch(r -> ((Number) r[2]).longValue() == 5L), "a draft");
    assertTrue(
        rows.stream().anyMatch(r -> ((Number) r[0]).longValue() == 1L && "023043".equals(r[1])),
        "青森 × 今別町, concluded in 2023");
    var hiranaiInAomori = rows.stream().filter(r -> ((Number) r[2]).longValue() == 1L).toList();
    assertEquals(1, hiranaiInAomori.size(), "version 1 only: version 2 is a draft amendment");
  }

  @Test
  void aStepOnAnyVersionRaisesTheAgreementsLockVersion() {
    // Every step that changes a version's record (a resolution, a public notice, a filing or its
    // acknowledgement) takes the agreement through findForUpdate: its lock version then names every
    // change, and the page kept for readers is keyed by it instead of reading the record's lines.
    long before = in(AOMORI).find(1).orElseThrow().lockVersion();

    database.inTransaction(em, () -> in(AOMORI).findForUpdate(1).orElseThrow());

    EntityManager fresh = database.entityManager();
    try {
      AgreementRepository again = new AgreementRepository();
      again.em = fresh;
      again.tenant = TestTenants.in(AOMORI);
      assertEquals(before + 1, again.find(1).orElseThrow().lockVersion());
    } finally {
      fresh.close();
    }
  }
}
