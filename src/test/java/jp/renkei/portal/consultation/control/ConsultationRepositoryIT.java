package jp.renkei.portal.consultation.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.consultation.entity.CalendarFeed;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every query of the consultations binds the request's circle, including the rows that hang off a
 * consultation: 青森's consultation 1 with its agenda item 1, material 1, minutes 1 and their
 * comment, and its action item 1 are found from 青森 and from nowhere else.
 */
class ConsultationRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private ConsultationRepository in(Tenant tenant) {
    ConsultationRepository repository = new ConsultationRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void theCircleFindsItsConsultationAndEverythingOnIt() {
    ConsultationRepository aomori = in(AOMORI);
    assertTrue(aomori.find(1).isPresent());
    assertEquals(2, aomori.count(null));
    assertFalse(aomori.agendaOf(1).isEmpty());
    assertTrue(aomori.agendaItem(1, 1).isPresent());
    assertFalse(aomori.materialsOf(List.of(1L)).isEmpty());
    assertTrue(aomori.material(1).isPresent());
    assertTrue(aomori.contentOf(1).isPresent());
    assertFalse(aomori.minutesOf(1).isEmpty());
    assertFalse(aomori.commentsOn(1).isEmpty());
    assertTrue(aomori.actionItem(1).isPresent());
    assertFalse(aomori.actionItemsFor(1).isEmpty());
  }

  @Test
  void anotherCircleFindsNothingOfIt() {
    database.inTransaction(
        em,
        () ->
            in(AOMORI)
                .add(
                    new CalendarFeed(
                        "feed-hash-aomori-isolation",
                        "aomori-mayor",
                        1,
                        "022012",
                        true,
                        LocalDateTime.now())));

    ConsultationRepository nagano = in(NAGANO);
    assertTrue(nagano.find(1).isEmpty());
    assertEquals(0, nagano.count(null));
    assertTrue(nagano.page(null, 0, 20).isEmpty());
    assertTrue(nagano.scheduledOrConfirmed().isEmpty());
    assertTrue(nagano.forCalendar(null, LocalDateTime.of(2000, 1, 1, 0, 0)).isEmpty());
    assertTrue(nagano.activeFeed("aomori-mayor").isEmpty());
    assertTrue(nagano.agendaOf(1).isEmpty());
    assertTrue(nagano.agendaItem(1, 1).isEmpty());
    assertTrue(nagano.materialsOf(List.of(1L)).isEmpty());
    assertTrue(nagano.material(1).isEmpty());
    assertTrue(nagano.contentOf(1).isEmpty());
    assertTrue(nagano.minutesOf(1).isEmpty());
    assertTrue(nagano.commentsOn(1).isEmpty());
    assertTrue(nagano.actionItem(1).isEmpty());
    assertTrue(nagano.actionItemsFor(1).isEmpty());
    database.inTransaction(
        em,
        () -> {
          assertTrue(nagano.findForUpdate(1).isEmpty());
          assertTrue(nagano.currentMinutesForUpdate(1).isEmpty());
        });
    // The secret of a calendar address is what finds its circle: it is looked up everywhere.
    assertTrue(nagano.feedByTokenHash("feed-hash-aomori-isolation").isPresent());
  }
}
