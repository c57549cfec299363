package jp.renkei.portal.circle.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 要綱 第9: where two cities act jointly, a neighbour is a partner (連携市町村) only with an agreement in
 * force with each of them; the two cities' agreement on their roles makes neither a partner.
 */
class JointPartnersTest {

  private static final Set<String> MATSUE_AND_YONAGO = Set.of("322016", "312029");

  @Test
  void aNeighbourIsAPartnerWithAnAgreementInForceWithEachCentralCity() {
    Map<String, Set<String>> inForce =
        Map.of(
            "322067", Set.of("322016", "312029"),
            "312045", Set.of("312029"),
            "312029", Set.of("322016"));

    assertEquals(
        Set.of("322067"),
        CircleCatalog.partnersWithEveryCentralCity(inForce, MATSUE_AND_YONAGO),
        "境港市 has one of its two agreements; 米子市's with 松江市 is the cities' own");
  }

  @Test
  void withOneCentralCityOneAgreementInForceIsEnough() {
    assertEquals(
        Set.of("023035"),
        CircleCatalog.partnersWithEveryCentralCity(
            Map.of("023035", Set.of("022012")), Set.of("022012")));
  }
}
