package jp.renkei.portal.administration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invitations, e-mail addresses and roles that fit. */
class AdministrationRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private static Invitation invitation() {
    return new Invitation(
        1, "a@example.jp", "a@example.jp", "023035", InvitableRole.PARTNER_STAFF, "h", "m", NOW);
  }

  @Test
  void anInvitationWorksOnceAndExpiresAfterAWeek() {
    Invitation used = invitation();
    used.accept(NOW.plusDays(1));
    assertEquals(
        "invitation.error.used",
        assertThrows(AdministrationRefused.class, () -> used.accept(NOW.plusDays(2))).messageKey());
    Invitation late = invitation();
    assertEquals(
        "invitation.error.expired",
        assertThrows(AdministrationRefused.class, () -> late.accept(NOW.plusDays(8))).messageKey());
    invitation().accept(NOW.plusDays(7));
  }

  @Test
  void emailAddressesAreCheckedAndLowerCased() {
    assertEquals(
        "taro.aomori@city.aomori.jp", EmailAddress.normalized(" Taro.Aomori@City.Aomori.JP "));
    for (String bad :
        List.of(
            "",
            "taro",
            "taro@",
            "@city.jp",
            "taro@localhost",
            "a b@city.jp",
            "taro@city..jp",
            "Taro <taro@city.jp>",
            "a@b.jp, c@d.jp")) {
      assertEquals(
          "admin.error.email",
          assertThrows(AdministrationRefused.class, () -> EmailAddress.normalized(bad))
              .messageKey(),
          bad);
    }
  }

  @Test
  void staffRolesFitTheirPlaceInTheCircle() {
    assertTrue(InvitableRole.CENTRAL_CITY_STAFF.fits(true));
    assertTrue(!InvitableRole.CENTRAL_CITY_STAFF.fits(false));
    assertTrue(InvitableRole.PARTNER_STAFF.fits(false));
    assertTrue(!InvitableRole.PARTNER_STAFF.fits(true));
    assertTrue(InvitableRole.COUNCIL_MEMBER.fits(true) && InvitableRole.COUNCIL_MEMBER.fits(false));
    assertTrue(!InvitableRole.ROUNDTABLE_MEMBER.perMunicipality());
  }
}
