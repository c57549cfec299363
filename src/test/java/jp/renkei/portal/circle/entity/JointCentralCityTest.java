package jp.renkei.portal.circle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.circle.entity.JointEligibility.CityFacts;
import jp.renkei.portal.platform.localgov.Prefecture;
import org.junit.jupiter.api.Test;

/** 要綱 第9: two cities as one central city — the conditions ①–⑥ and the joint declaration. */
class JointCentralCityTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();

  private static CityFacts city(int population, String dayNight) {
    return new CityFacts(population, new BigDecimal(dayNight), null, false);
  }

  private static List<String> failures(CityFacts first, CityFacts second, int minutes, String why) {
    JointEligibility joint = new JointEligibility(9);
    joint.record(first, second, minutes, why, "admin", NOW);
    return joint.failures(Prefecture.SHIMANE, Prefecture.TOTTORI);
  }

  @Test
  void twoCitiesThatMeetEveryConditionFailNone() {
    assertEquals(
        List.of(), failures(city(203_616, "1.041"), city(147_317, "1.075"), 35, "医療・商業を分担している"));
  }

  @Test
  void eachFailingConditionIsNamedForItsCity() {
    List<String> failures =
        failures(
            new CityFacts(90_000, new BigDecimal("0.99"), null, true),
            city(100_000, "1.000"),
            80,
            " ");
    assertEquals(
        List.of(
            "admin.joint.fail.population.first",
            "admin.joint.fail.day-night.first",
            "admin.joint.fail.satellite.first",
            "admin.joint.fail.total",
            "admin.joint.fail.minutes",
            "admin.joint.fail.equivalent"),
        failures);
  }

  @Test
  void aboutOneHundredThousandIsAToleranceButTheTotalMustExceedTwoHundredThousand() {
    JointEligibility joint = new JointEligibility(9);
    joint.record(city(96_000, "1.2"), city(104_000, "1.1"), 63, "理由", "admin", NOW);
    assertEquals(
        List.of("admin.joint.fail.total"),
        joint.failures(Prefecture.SHIMANE, Prefecture.TOTTORI),
        "96,000 is about 100,000; 200,000 together does not exceed 200,000");
    assertTrue(joint.populationOnlyAbout());
  }

  @Test
  void inAMetropolitanAreaEachCityNeedsItsShareOfCommutersBelowOneTenth() {
    JointEligibility joint = new JointEligibility(9);
    joint.record(
        new CityFacts(150_000, BigDecimal.ONE, null, false),
        new CityFacts(150_000, BigDecimal.ONE, new BigDecimal("0.12"), false),
        40,
        "理由",
        "admin",
        NOW);
    assertEquals(
        List.of("admin.joint.fail.commuters-missing.first", "admin.joint.fail.commuters.second"),
        joint.failures(Prefecture.GIFU, Prefecture.AICHI));
  }

  @Test
  void impossibleFiguresAreRefusedAndChangeNothing() {
    JointEligibility joint = new JointEligibility(9);
    assertEquals(
        "admin.joint.error.population",
        assertThrows(
                CircleChangeRefused.class,
                () -> joint.record(city(0, "1.0"), city(100_000, "1.0"), 30, "", "a", NOW))
            .messageKey());
    assertEquals(
        "admin.joint.error.minutes",
        assertThrows(
                CircleChangeRefused.class,
                () -> joint.record(city(1, "1.0"), city(100_000, "1.0"), 0, "", "a", NOW))
            .messageKey());
    assertEquals(null, joint.recordedBy());
  }

  @Test
  void aJointDeclarationIsInForceOnlyOnceTheOtherCitySigns() {
    Declaration declaration =
        new Declaration(
            9,
            TODAY.minusDays(2),
            new Declaration.Items("意思", "人口", "機能", "分野", "松江市・米子市", null, null),
            List.of(),
            TODAY,
            "matsue-mayor",
            NOW);
    declaration.declaredJointlyBy("322016");
    assertTrue(declaration.awaitsCosignature());
    assertEquals(
        "declaration.error.cosign-own",
        assertThrows(CircleChangeRefused.class, () -> declaration.cosign("322016", TODAY, TODAY))
            .messageKey(),
        "the city that declared does not sign twice");
    assertEquals(
        "declaration.error.cosigned-on",
        assertThrows(
                CircleChangeRefused.class,
                () -> declaration.cosign("312029", TODAY.minusDays(3), TODAY))
            .messageKey(),
        "not before the declaration");

    declaration.cosign("312029", TODAY, TODAY);

    assertFalse(declaration.awaitsCosignature());
    assertEquals("312029", declaration.cosignedByCode());
    assertEquals(
        "declaration.error.not-awaiting-cosignature",
        assertThrows(CircleChangeRefused.class, () -> declaration.cosign("312029", TODAY, TODAY))
            .messageKey());
  }
}
