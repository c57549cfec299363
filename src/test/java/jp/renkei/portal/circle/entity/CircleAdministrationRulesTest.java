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
    weak.record(CityStatus.OTHER, new BigDecimal("0.95"), new BigDecimal("0.12"), "admin", NOW);
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
    ratio.record(new BigDecimal("0.10"), "admin", NOW);
    assertTrue(ratio.reachesConsultation());
    ratio.record(new BigDecimal("0.099"), "admin", NOW);
    assertFalse(ratio.reachesConsultation());
    assertThrows(CircleChangeRefused.class, () -> ratio.record(new BigDecimal("-0.1"), "a", NOW));
  }

  @Test
  void aDeclarationNeedsItemsOneToFiveAndADateNotInTheFuture() {
    Declaration.Items items = new Declaration.Items("①", "②", "③", "④", "⑤", " ");
    LocalDate today = NOW.toLocalDate();
    Declaration declaration = new Declaration(1, today, items, today, "admin", NOW);
    assertEquals(null, declaration.items().otherNeighbours());
    assertThrows(
        CircleChangeRefused.class,
        () -> new Declaration(1, today.plusDays(1), items, today, "admin", NOW));
    assertThrows(
        CircleChangeRefused.class,
        () ->
            new Declaration(
                1,
                today,
                new Declaration.Items("①", "②", "", "④", "⑤", null),
                today,
                "admin",
                NOW));
  }
}
