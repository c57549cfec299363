package jp.renkei.portal.roundtable.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every query of the roundtable binds the request's circle: 青森's members and its meeting 1 (which
 * deliberated vision version 2) are found from 青森 only.
 */
class RoundtableRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private RoundtableRepository in(Tenant tenant) {
    RoundtableRepository repository = new RoundtableRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesRoundtableIsFoundNowhere() {
    RoundtableRepository aomori = in(AOMORI);
    assertFalse(aomori.members().isEmpty());
    assertTrue(aomori.member(1).isPresent());
    assertTrue(aomori.meeting(1).isPresent());
    assertFalse(aomori.deliberating(List.of(2L)).isEmpty());

    RoundtableRepository nagano = in(NAGANO);
    assertTrue(nagano.members().isEmpty());
    assertTrue(nagano.members(List.of(1L, 2L)).isEmpty());
    assertTrue(nagano.member(1).isEmpty());
    assertTrue(nagano.meetings(false, 50).isEmpty());
    assertTrue(nagano.meeting(1).isEmpty());
    assertTrue(nagano.deliberating(List.of(2L)).isEmpty());
    database.inTransaction(em, () -> assertTrue(nagano.meetingForUpdate(1).isEmpty()));
  }
}
