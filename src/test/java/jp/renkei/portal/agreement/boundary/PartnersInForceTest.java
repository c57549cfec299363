package jp.renkei.portal.agreement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.VersionKind;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.circle.entity.CircleRole;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;
import org.junit.jupiter.api.Test;

/** 要綱 第6(1): a partner is a municipality with an agreement in force, derived, never set. */
class PartnersInForceTest {

  private static PartnersInForce reading(List<Object[]> concludedNewestFirst) {
    PartnersInForce partners = new PartnersInForce();
    partners.repository =
        new AgreementRepository() {
          @Override
          public List<Object[]> concludedVersionsOfAllCircles() {
            return concludedNewestFirst;
          }
        };
    return partners;
  }

  private static Object[] concluded(
      long circle, String partner, long agreement, int number, VersionKind kind) {
    return new Object[] {circle, partner, agreement, number, kind, null, "022012"};
  }

  private static Object[] lapsed(
      long circle, String partner, long agreement, int number, LocalDate on) {
    return new Object[] {circle, partner, agreement, number, VersionKind.CONCLUSION, on, "022012"};
  }

  @Test
  void aConcludedAgreementOrAmendmentMakesAPartnerAndAnAbolitionEndsIt() {
    Map<Long, Map<String, Set<String>>> inForce =
        reading(
                List.of(
                    concluded(1, "023035", 1, 2, VersionKind.AMENDMENT),
                    concluded(1, "023035", 1, 1, VersionKind.CONCLUSION),
                    concluded(1, "023043", 2, 2, VersionKind.ABOLITION),
                    concluded(1, "023043", 2, 1, VersionKind.CONCLUSION),
                    concluded(3, "023035", 4, 1, VersionKind.CONCLUSION),
                    lapsed(3, "024015", 3, 1, LocalDate.of(2028, 7, 1))))
            .inForceByCircle();

    assertEquals(Set.of("023035"), inForce.get(1L).keySet(), "今別町's agreement was abolished");
    assertEquals(Set.of("022012"), inForce.get(1L).get("023035"), "in force with 青森市");
    assertEquals(
        Set.of("023035"),
        inForce.get(3L).keySet(),
        "the same town is a partner of two circles; 野辺地町's agreement lapsed after notice");
  }

  @Test
  void withTwoCentralCitiesEachAgreementInForceIsKeptWithItsCity() {
    Map<String, Set<String>> inForce =
        reading(
                List.of(
                    new Object[] {9L, "322067", 20L, 1, VersionKind.CONCLUSION, null, "322016"},
                    new Object[] {9L, "322067", 21L, 1, VersionKind.CONCLUSION, null, "312029"},
                    new Object[] {9L, "312037", 22L, 1, VersionKind.CONCLUSION, null, "312029"}))
            .inForceByCircle()
            .get(9L);

    assertEquals(Set.of("322016", "312029"), inForce.get("322067"));
    assertEquals(Set.of("312029"), inForce.get("312037"));
  }

  @Test
  void aCircleWithDraftsOnlyHasNoPartners() {
    assertEquals(Map.of(), reading(List.of()).inForceByCircle());
  }

  @Test
  void theProfileSeparatesPartnersFromNeighboursInTalksAndTheVisionNamesPartnersOnly() {
    CircleProfile circle =
        new CircleProfile(
            1,
            "aomori",
            new LocalizedName("青森圏域", "Aomori"),
            List.of(member("022012", CircleRole.CENTRAL_CITY)),
            List.of(member("023035", CircleRole.PARTNER), member("023051", CircleRole.PARTNER)),
            Set.of("023035"));

    assertEquals(List.of("023035"), codes(circle.partners()));
    assertEquals(List.of("023051"), codes(circle.neighboursInTalks()));
    assertEquals(List.of("022012", "023035"), codes(circle.centralCitiesAndPartners()));
    assertEquals(3, circle.allMembers().size(), "a neighbour in talks still takes part");
  }

  private static MemberMunicipality member(String code, CircleRole role) {
    return new MemberMunicipality(
        code, new LocalizedName(code, code), Prefecture.AOMORI, MunicipalityKind.TOWN, role, null);
  }

  private static List<String> codes(List<MemberMunicipality> members) {
    return members.stream().map(MemberMunicipality::code).toList();
  }
}
