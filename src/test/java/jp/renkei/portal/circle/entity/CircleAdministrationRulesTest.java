package jp.renkei.portal.circle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.localgov.Prefecture;
import org.junit.jupiter.api.Test;

/** Members, eligibility (要綱 第3), ratios (第5(1)) and the declaration (第4). */
class CircleAdministrationRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private static Municipality town(String code, String name) {
    return new Municipality(
        MunicipalityCode.of(code), new LocalizedName(name, name), MunicipalityKind.TOWN);
  }

  @Test
  void theCentralCityStaysAndAPartnerJoinsOnce() {
    Circle circle = new Circle(new CircleSlug("aomori"), new LocalizedName("青森", "Aomori"));
    circle.appointCentralCity(town("022012", "青森市"));
    circle.admitPartner(town("023035", "平内町"));
    assertEquals(
        "admin.error.already-member",
        assertThrows(CircleChangeRefused.class, () -> circle.admitPartner(town("023035", "平内町")))
            .messageKey());
    assertEquals(
        "admin.error.central-city",
        assertThrows(
                CircleChangeRefused.class,
                () -> circle.removePartner(MunicipalityCode.of("022012")))
            .messageKey());
    circle.removePartner(MunicipalityCode.of("023035"));
    assertFalse(circle.hasMember(MunicipalityCode.of("023035")));
    circle.appointCentralCity(town("022039", "八戸市"));
    assertThrows(CircleChangeRefused.class, () -> circle.appointCentralCity(town("023043", "今別町")));
  }

  @Test
  void eligibilityNamesEachFailingCondition() {
    Eligibility core = new Eligibility(1);
    core.record(CityStatus.CORE, new BigDecimal("1.02"), null, "admin", NOW);
    assertEquals(List.of(), core.failures(Prefecture.AOMORI));
    assertEquals(
        List.of("admin.eligibility.fail.commuters-missing"), core.failures(Prefecture.AICHI));

    Eligibility weak = new Eligibility(1);
    weak.record(CityStatus.OTHER, new BigDecimal("0.94"), new BigDecimal("0.12"), "admin", NOW);
    assertEquals(
        List.of(
            "admin.eligibility.fail.status",
            "admin.eligibility.fail.day-night",
            "admin.eligibility.fail.commuters"),
        weak.failures(Prefecture.OSAKA));
    assertThrows(
        CircleChangeRefused.class,
        () -> weak.record(CityStatus.CORE, new BigDecimal("1.1"), new BigDecimal("1.5"), "a", NOW));
  }

  @Test
  void aNeighbourAtOneTenthShouldBeConsulted() {
    CommutingRatio ratio = new CommutingRatio(1, MunicipalityCode.of("023051"), "蓬田村");
    ratio.record(new BigDecimal("0.10"), "北信定住自立圏の構成員", "admin", NOW);
    assertTrue(ratio.reachesConsultation());
    assertEquals("北信定住自立圏の構成員", ratio.note());
    ratio.record(new BigDecimal("0.099"), " ", "admin", NOW);
    assertFalse(ratio.reachesConsultation());
    assertEquals(null, ratio.note(), "a blank note clears it");
    assertThrows(
        CircleChangeRefused.class, () -> ratio.record(new BigDecimal("-0.1"), null, "a", NOW));
    CircleChangeRefused tooLong =
        assertThrows(
            CircleChangeRefused.class,
            () -> ratio.record(new BigDecimal("0.2"), "理".repeat(401), "a", NOW));
    assertEquals(List.of(400), List.of(tooLong.arguments()), "the message names the limit");
    assertEquals(new BigDecimal("0.099"), ratio.ratio(), "a refused change changes nothing");
  }

  /** 第3②ア "おおむね１以上": 0.95 or more counts, and the page says it counts only as "about". */
  @Test
  void aDayNightRatioOfAboutOneIsEnough() {
    Eligibility eligibility = new Eligibility(1);
    eligibility.record(CityStatus.CORE, new BigDecimal("0.95"), null, "admin", NOW);
    assertEquals(List.of(), eligibility.failures(Prefecture.AOMORI));
    assertTrue(eligibility.dayNightOnlyAboutOne());
    eligibility.record(CityStatus.CORE, new BigDecimal("0.949"), null, "admin", NOW);
    assertEquals(
        List.of("admin.eligibility.fail.day-night"), eligibility.failures(Prefecture.AOMORI));
    eligibility.record(CityStatus.CORE, new BigDecimal("1.000"), null, "admin", NOW);
    assertFalse(eligibility.dayNightOnlyAboutOne());
  }

  /** 附則 第2: a city that asked to become a core city declares, but concludes and adopts nothing. */
  @Test
  void aCoreCityCandidateMayDeclareButNotConcludeOrAdopt() {
    Eligibility candidate = new Eligibility(1);
    candidate.record(CityStatus.CORE_CANDIDATE, new BigDecimal("1.04"), null, "admin", NOW);
    assertEquals(List.of(), candidate.failures(Prefecture.AOMORI), "meets 第3 for the declaration");
    assertFalse(candidate.permitsAgreementsAndVision(Prefecture.AOMORI));

    Eligibility core = new Eligibility(1);
    core.record(CityStatus.CORE, new BigDecimal("1.04"), null, "admin", NOW);
    assertTrue(core.permitsAgreementsAndVision(Prefecture.AOMORI));
    core.record(CityStatus.OTHER, new BigDecimal("1.04"), null, "admin", NOW);
    assertFalse(core.permitsAgreementsAndVision(Prefecture.AOMORI), "failing 第3 too");
  }

  @Test
  void aDeclarationNeedsItemsOneToFiveAndADateNotInTheFuture() {
    Declaration.Items items = new Declaration.Items("①", "②", "③", "④", "⑤", null, " ");
    LocalDate today = NOW.toLocalDate();
    Declaration declaration = new Declaration(1, today, items, List.of(), today, "admin", NOW);
    assertEquals(null, declaration.items().otherNeighbours());
    assertThrows(
        CircleChangeRefused.class,
        () -> new Declaration(1, today.plusDays(1), items, List.of(), today, "admin", NOW));
    assertThrows(
        CircleChangeRefused.class,
        () ->
            new Declaration(
                1,
                today,
                new Declaration.Items("①", "②", "", "④", "⑤", null, null),
                List.of(),
                today,
                "admin",
                NOW));
  }

  /** 第4(2)⑤: a neighbour recorded at 0.1 or more is named in ⑤, or its absence is explained. */
  @Test
  void itemFiveNamesTheNeighboursAtOneTenthOrExplainsWhyNot() {
    LocalDate today = NOW.toLocalDate();
    List<String> atOneTenth = List.of("平内町", "外ヶ浜町", "今別町");
    Declaration.Items naming =
        new Declaration.Items("①", "②", "③", "④", "平内町（0.214）、外ヶ 浜町、今別町", null, null);
    new Declaration(1, today, naming, atOneTenth, today, "mayor", NOW);

    Declaration.Items leaving = new Declaration.Items("①", "②", "③", "④", "平内町、今別町", " ", null);
    CircleChangeRefused refused =
        assertThrows(
            CircleChangeRefused.class,
            () -> new Declaration(1, today, leaving, atOneTenth, today, "mayor", NOW));
    assertEquals("declaration.error.commuting-unexplained", refused.messageKey());
    assertEquals(List.of(List.of("外ヶ浜町")), List.of(refused.arguments()), "names the one left out");

    Declaration.Items explained =
        new Declaration.Items("①", "②", "③", "④", "平内町、今別町", "外ヶ浜町は連携の意向がないため", null);
    Declaration declaration = new Declaration(1, today, explained, atOneTenth, today, "mayor", NOW);
    assertEquals("外ヶ浜町は連携の意向がないため", declaration.items().commutingNote());
  }

  /** 第4(3): withdrawn once, on a day between the declaration and today, with a reason. */
  @Test
  void aDeclarationIsWithdrawnOnceWithAReason() {
    LocalDate today = NOW.toLocalDate();
    Declaration declaration =
        new Declaration(
            1,
            today.minusDays(30),
            new Declaration.Items("①", "②", "③", "④", "⑤", null, null),
            List.of(),
            today,
            "mayor",
            NOW);
    assertEquals(
        "declaration.error.withdrawal-reason",
        assertThrows(
                CircleChangeRefused.class,
                () -> declaration.withdraw(today, " ", today, "mayor", NOW))
            .messageKey());
    assertEquals(
        "declaration.error.withdrawn-on",
        assertThrows(
                CircleChangeRefused.class,
                () -> declaration.withdraw(today.minusDays(31), "事情の変更", today, "mayor", NOW))
            .messageKey());
    assertThrows(
        CircleChangeRefused.class,
        () -> declaration.withdraw(today.plusDays(1), "事情の変更", today, "mayor", NOW));
    assertFalse(declaration.isWithdrawn(), "a refused withdrawal changes nothing");

    declaration.withdraw(today, "都市機能の著しい変化", today, "mayor", NOW);
    assertTrue(declaration.isWithdrawn());
    assertEquals(
        "declaration.error.already-withdrawn",
        assertThrows(
                CircleChangeRefused.class,
                () -> declaration.withdraw(today, "再度", today, "mayor", NOW))
            .messageKey());
  }
}
