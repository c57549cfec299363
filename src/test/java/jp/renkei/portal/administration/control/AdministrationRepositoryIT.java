package jp.renkei.portal.administration.control;

import static jp.renkei.portal.platform.tenancy.TestTenants.AOMORI;
import static jp.renkei.portal.platform.tenancy.TestTenants.NAGANO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import jp.renkei.portal.administration.entity.InvitableRole;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.it.jpa.JpaDatabase;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The open invitations of a circle are that circle's: 長野's administrators do not see 青森's. */
class AdministrationRepositoryIT {

  private final JpaDatabase database = JpaDatabase.shared();
  private final EntityManager em = database.entityManager();

  private AdministrationRepository in(Tenant tenant) {
    AdministrationRepository repository = new AdministrationRepository();
    repository.em = em;
    repository.tenant = TestTenants.in(tenant);
    return repository;
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void anotherCirclesInvitationsAreFoundNowhere() {
    database.inTransaction(
        em,
        () ->
            in(AOMORI)
                .add(
                    new Invitation(
                        1,
                        "yomogita@example.jp",
                        "yomogita@example.jp",
                        "023051",
                        InvitableRole.PARTNER_STAFF,
                        "invitation-hash-isolation",
                        "aomori-mayor",
                        LocalDateTime.now())));

    assertEquals(
        1,
        in(AOMORI).openInvitations().stream()
            .filter(i -> i.email().equals("yomogita@example.jp"))
            .count());
    assertTrue(
        in(NAGANO).openInvitations().stream()
            .noneMatch(i -> i.email().equals("yomogita@example.jp")));
    // The secret of an invitation link is what finds its circle: it is looked up everywhere.
    assertTrue(in(NAGANO).invitationByTokenHash("invitation-hash-isolation").isPresent());
  }
}
