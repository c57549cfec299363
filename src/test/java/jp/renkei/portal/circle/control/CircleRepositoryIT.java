package jp.renkei.portal.circle.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The facts kept about a circle bind the request's circle: 青森's administrators and commuting ratios
 * are 青森's alone.
 */
class CircleRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private CircleRepository in(Tenant tenant) {
    CircleRepository repository = new CircleRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesFactsAreFoundNowhere() {
    database.inTransaction(
        em,
        () -> {
          CommutingRatio ratio = new CommutingRatio(1, MunicipalityCode.of("023051"), "蓬田村");
          ratio.record(new BigDecimal("0.210"), null, "admin", LocalDateTime.now());
          in(AOMORI).add(ratio);
        });

    CircleRepository aomori = in(AOMORI);
    assertEquals("aomori", aomori.current().slug().value());
    assertTrue(aomori.administrator("aomori-mayor").isPresent());
    assertFalse(aomori.ratios().isEmpty());
    assertFalse(aomori.declarations().isEmpty());
    assertTrue(aomori.eligibility().isPresent());

    CircleRepository nagano = in(NAGANO);
    assertEquals("nagano", nagano.current().slug().value());
    assertTrue(nagano.administrator("aomori-mayor").isEmpty());
    assertFalse(
        nagano.administrators().stream().anyMatch(a -> a.username().equals("aomori-mayor")));
    assertFalse(nagano.ratios().isEmpty(), "長野's own neighbours");
    assertTrue(nagano.ratios().stream().allMatch(r -> r.code().startsWith("20")), "none of 青森's");
    assertTrue(nagano.ratio("023051").isEmpty());
    assertTrue(nagano.declarations().isEmpty());
    assertTrue(nagano.eligibility().isEmpty());
  }
}
