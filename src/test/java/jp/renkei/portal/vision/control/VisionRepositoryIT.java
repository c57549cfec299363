package jp.renkei.portal.vision.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import jp.renkei.portal.vision.entity.VisionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every query of the vision binds the request's circle, rounds, comments and copies through their
 * version: 青森's adopted vision (version 1) with its copies, its revision draft (version 2) with
 * 平内町's and 今別町's rounds and their comments, and its KPI actuals are found from 青森 only.
 */
class VisionRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private VisionRepository in(Tenant tenant) {
    VisionRepository repository = new VisionRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void theCircleFindsItsVisionRoundsAndCopies() {
    VisionRepository aomori = in(AOMORI);
    assertTrue(aomori.version(2).isPresent());
    assertTrue(aomori.withStatus(VisionStatus.ADOPTED).isPresent());
    assertEquals(2, aomori.rounds(2).size());
    assertTrue(aomori.hasRounds(2));
    assertTrue(aomori.round(1).isPresent());
    assertEquals(2, aomori.comments(List.of(1L, 2L)).size());
    assertTrue(aomori.comment(1, 1).isPresent());
    assertFalse(aomori.copies(1).isEmpty());
    assertFalse(aomori.copiesTo(List.of("023035")).isEmpty());
    assertFalse(aomori.actuals().isEmpty());
    assertTrue(aomori.actual("demo-aomori-tourists", 2023).isPresent());
    assertFalse(aomori.roundsOf("023035").isEmpty());
  }

  @Test
  void anotherCircleFindsNothingOfIt() {
    VisionRepository nagano = in(NAGANO);
    assertTrue(nagano.versions().isEmpty());
    assertTrue(nagano.version(1).isEmpty());
    assertTrue(nagano.version(2).isEmpty());
    assertTrue(nagano.withStatus(VisionStatus.ADOPTED).isEmpty());
    assertEquals(1, nagano.nextNumber());
    assertTrue(nagano.versionIdsOfCycle(1).isEmpty());
    assertTrue(nagano.rounds(2).isEmpty());
    assertFalse(nagano.hasRounds(2));
    assertTrue(nagano.roundsOf("023035").isEmpty());
    assertTrue(nagano.round(1).isEmpty());
    assertTrue(nagano.comments(List.of(1L, 2L)).isEmpty());
    assertTrue(nagano.comment(1, 1).isEmpty());
    assertTrue(nagano.copies(1).isEmpty());
    assertTrue(nagano.copiesTo(List.of("023035", "023043")).isEmpty());
    assertTrue(nagano.actuals().isEmpty());
    assertTrue(nagano.actual("demo-aomori-tourists", 2023).isEmpty());
    database.inTransaction(
        em,
        () -> {
          assertTrue(nagano.versionForUpdate(2).isEmpty());
          assertTrue(nagano.roundForUpdate(1).isEmpty());
        });
  }
}
