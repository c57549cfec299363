package jp.renkei.portal.vision.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.vision.boundary.OutcomeMonitor;
import jp.renkei.portal.vision.entity.PopulationActual;
import jp.renkei.portal.vision.entity.PopulationTarget;

/**
 * The population figures the central city imported, as open data (issue 18, items 2 and 5): the
 * adopted vision's targets and every municipality's actual per year — the circle's own and those of
 * the outcome monitor's comparison group ({@code inCircle} false). The same figures as the
 * population page and {@code population.csv}.
 */
public record PopulationJson(String circle, List<TargetJson> targets, List<ActualJson> actuals) {

  /** ② A population and ageing-rate target of the adopted vision. */
  public record TargetJson(int fiscalYear, long population, BigDecimal ageingRate) {}

  /** One municipality's figures of one year. */
  public record ActualJson(
      String municipalityCode,
      String municipalityName,
      boolean inCircle,
      int year,
      long population,
      long aged65AndOver,
      BigDecimal ageingRate) {}

  static PopulationJson of(
      String slug,
      List<PopulationTarget> targets,
      List<PopulationActual> actuals,
      CircleProfile circle,
      List<OutcomeMonitor.Compared> comparison) {
    return new PopulationJson(
        slug,
        targets.stream()
            .map(t -> new TargetJson(t.fiscalYear(), t.population(), t.ageingRate()))
            .toList(),
        actualsOf(actuals, circle, comparison));
  }

  static List<ActualJson> actualsOf(
      List<PopulationActual> actuals,
      CircleProfile circle,
      List<OutcomeMonitor.Compared> comparison) {
    Map<String, String> compared =
        comparison.stream()
            .collect(
                Collectors.toMap(
                    OutcomeMonitor.Compared::code, OutcomeMonitor.Compared::name, (a, b) -> a));
    return actuals.stream()
        .map(
            a -> {
              String code = a.municipalityCode();
              var member = circle.member(code);
              return new ActualJson(
                  code,
                  member
                      .map(m -> m.nameIn(Locale.JAPANESE))
                      .orElse(compared.getOrDefault(code, "")),
                  member.isPresent(),
                  a.year(),
                  a.population(),
                  a.aged65(),
                  a.ageingRate());
            })
        .toList();
  }
}
