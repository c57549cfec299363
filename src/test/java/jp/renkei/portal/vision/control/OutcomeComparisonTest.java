package jp.renkei.portal.vision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.vision.entity.PopulationActual;
import org.junit.jupiter.api.Test;

/** The outcome monitor's arithmetic: base year, change per group, gap, missing figures. */
class OutcomeComparisonTest {

  private static final Set<String> MEMBERS = Set.of("022012", "023035");
  private static final Set<String> COMPARISON = Set.of("023078");

  @Test
  void theBaseYearIsTheLastYearWithFiguresAtOrBeforeTheAgreementsAndEachGroupChangesFromIt() {
    List<PopulationActual> actuals =
        List.of(
            actual("022012", 2020, 280_000, 84_000),
            actual("023035", 2020, 11_000, 4_400),
            actual("023078", 2020, 6_000, 3_000),
            actual("022012", 2022, 276_000, 86_000),
            actual("023035", 2022, 10_800, 4_500),
            actual("023078", 2022, 5_800, 3_000),
            actual("022012", 2025, 270_000, 88_000),
            actual("023035", 2025, 10_500, 4_600),
            actual("023078", 2025, 5_400, 2_970));

    List<OutcomeComparison.Year> years = OutcomeComparison.of(actuals, MEMBERS, COMPARISON, 2023);

    assertEquals(List.of(2022, 2025), years.stream().map(OutcomeComparison.Year::year).toList());
    OutcomeComparison.Year base = years.get(0);
    assertEquals(new BigDecimal("0.0"), base.members().change());
    OutcomeComparison.Year last = years.get(1);
    assertEquals(2, last.members().municipalities());
    assertEquals(280_500, last.members().population());
    // 280,500 / 286,800 − 1 = −2.197 % ; 5,400 / 5,800 − 1 = −6.897 %
    assertEquals(new BigDecimal("-2.2"), last.members().change());
    assertEquals(new BigDecimal("-6.9"), last.comparison().change());
    assertEquals(new BigDecimal("4.7"), last.gap(), "the members fell 4.7 points less");
    assertEquals(new BigDecimal("55.00"), last.comparison().ageingRate());
  }

  @Test
  void aMunicipalityMissingFromAYearIsLeftOutOfThatYearNotCountedAsAFall() {
    List<PopulationActual> actuals =
        List.of(
            actual("022012", 2022, 276_000, 86_000),
            actual("023035", 2022, 10_800, 4_500),
            actual("022012", 2024, 275_000, 87_000));

    OutcomeComparison.Year year = OutcomeComparison.of(actuals, MEMBERS, COMPARISON, 2022).get(1);

    assertEquals(1, year.members().municipalities());
    assertEquals(new BigDecimal("-0.4"), year.members().change());
    assertNull(year.comparison(), "no comparison figures: no group");
    assertNull(year.gap());
  }

  @Test
  void withoutFiguresOfTheMembersThereIsNothingToCompareAndAnEarlyAgreementStartsAtTheFirstYear() {
    assertEquals(
        List.of(),
        OutcomeComparison.of(
            List.of(actual("023078", 2022, 5_800, 3_000)), MEMBERS, COMPARISON, 2023));
    List<OutcomeComparison.Year> years =
        OutcomeComparison.of(
            List.of(
                actual("022012", 2022, 276_000, 86_000), actual("022012", 2023, 275_000, 86_000)),
            MEMBERS,
            COMPARISON,
            2010);
    assertEquals(2022, years.get(0).year(), "no figures before 2010: the first year is the base");
  }

  private static PopulationActual actual(String code, int year, long population, long aged) {
    return new PopulationActual(
        1, code, year, population, aged, "aomori-mayor", LocalDateTime.of(2026, 11, 30, 9, 0));
  }
}
