package jp.renkei.portal.vision.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.portal.vision.entity.PopulationActual;

/**
 * The outcome monitor's arithmetic (issue 18.3): the circle's members against a comparison group,
 * year by year from the base year — the last year with figures at or before the agreements took
 * effect (or the first year with figures, when none is that early). Each group's change is measured
 * on the municipalities with figures in both the base year and the year, so that a municipality
 * missing from one table does not read as a fall in population.
 *
 * <pre>{@code
 * List<OutcomeComparison.Year> years =
 *     OutcomeComparison.of(actuals, memberCodes, comparisonCodes, 2023);
 * years.get(0).gap(); // members' change minus the comparison group's, in points
 * }</pre>
 */
public final class OutcomeComparison {

  private OutcomeComparison() {}

  /**
   * One group in one year.
   *
   * @param municipalities how many municipalities the figures cover
   * @param population their population in the year
   * @param change their change since the base year, in per cent (one decimal)
   * @param ageingRate people 65+ per hundred in the year (two decimals)
   */
  public record Group(
      int municipalities, long population, BigDecimal change, BigDecimal ageingRate) {}

  /** A year: each group's figures, null for a group without any. */
  public record Year(int year, Group members, Group comparison) {

    /**
     * The members' change minus the comparison group's, in percentage points; null without both.
     */
    public BigDecimal gap() {
      return members == null || comparison == null
          ? null
          : members.change().subtract(comparison.change());
    }
  }

  /**
   * The years from the base year on, oldest first; empty when the members have no figures.
   *
   * @param since the year the first agreement took effect
   */
  public static List<Year> of(
      List<PopulationActual> actuals, Set<String> members, Set<String> comparison, int since) {
    Map<Integer, Map<String, PopulationActual>> byYear = new HashMap<>();
    for (PopulationActual a : actuals) {
      byYear.computeIfAbsent(a.year(), y -> new HashMap<>()).put(a.municipalityCode(), a);
    }
    TreeSet<Integer> memberYears = new TreeSet<>();
    byYear.forEach(
        (year, figures) -> {
          if (figures.keySet().stream().anyMatch(members::contains)) {
            memberYears.add(year);
          }
        });
    if (memberYears.isEmpty()) {
      return List.of();
    }
    Integer atOrBefore = memberYears.floor(since);
    int base = atOrBefore == null ? memberYears.first() : atOrBefore;
    Map<String, PopulationActual> baseFigures = byYear.get(base);
    List<Year> years = new ArrayList<>();
    for (int year : new TreeSet<>(byYear.keySet()).tailSet(base)) {
      Map<String, PopulationActual> figures = byYear.get(year);
      years.add(
          new Year(
              year, group(figures, baseFigures, members), group(figures, baseFigures, comparison)));
    }
    return years;
  }

  private static Group group(
      Map<String, PopulationActual> figures,
      Map<String, PopulationActual> baseFigures,
      Set<String> codes) {
    int count = 0;
    long population = 0;
    long aged = 0;
    long basePopulation = 0;
    for (String code : codes) {
      PopulationActual now = figures.get(code);
      PopulationActual then = baseFigures.get(code);
      if (now != null && then != null) {
        count++;
        population += now.population();
        aged += now.aged65();
        basePopulation += then.population();
      }
    }
    if (count == 0 || basePopulation == 0) {
      return null;
    }
    BigDecimal change =
        BigDecimal.valueOf(population - basePopulation)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(basePopulation), 1, RoundingMode.HALF_UP);
    return new Group(count, population, change, PopulationActual.rate(aged, population));
  }
}
