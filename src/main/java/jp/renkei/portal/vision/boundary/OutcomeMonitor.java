package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.vision.control.OutcomeComparison;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.ComparisonMunicipality;
import jp.renkei.portal.vision.entity.VisionRefused;

/**
 * The outcome monitor (issue 18.3), public: the circle's central city and partners against a
 * comparison group — the neighbours at a commuting ratio of 0.1 or more that did not join, and the
 * municipalities the central city names — in population change and ageing, year by year since the
 * agreements took effect. The figures are the imported population tables, which take the comparison
 * group's municipalities too.
 */
@ApplicationScoped
public class OutcomeMonitor {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject CircleRegistry registry;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject JapanClock clock;

  /**
   * A municipality of the comparison group.
   *
   * @param ratio its commuting ratio to the central city; null when the central city named it
   */
  public record Compared(String code, String name, BigDecimal ratio) {

    public boolean isNamed() {
      return ratio == null;
    }
  }

  /** True for the central city's office, which names municipalities to compare with. */
  public boolean names() {
    return access.runs();
  }

  /** The comparison group: the neighbours that did not join, then those named. */
  public List<Compared> comparisonGroup() {
    List<Compared> group = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    registry
        .neighboursNotJoined()
        .forEach(
            r -> {
              if (seen.add(r.code())) {
                group.add(new Compared(r.code(), r.name(), r.ratio()));
              }
            });
    for (ComparisonMunicipality c : repository.comparisons()) {
      if (seen.add(c.code())) {
        group.add(new Compared(c.code(), c.name(), null));
      }
    }
    return group;
  }

  /** The codes of the circle's central city and partners: the group whose outcome is monitored. */
  public Set<String> memberCodes() {
    return currentCircle.profile().centralCitiesAndPartners().stream()
        .map(MemberMunicipality::code)
        .collect(Collectors.toSet());
  }

  /** The codes the population import takes besides the circle's own members. */
  public Set<String> comparisonCodes() {
    return comparisonGroup().stream().map(Compared::code).collect(Collectors.toSet());
  }

  /** The comparison year by year from the base year; empty without the members' figures. */
  public List<OutcomeComparison.Year> years(int since) {
    return OutcomeComparison.of(
        repository.populationActuals(), memberCodes(), comparisonCodes(), since);
  }

  /**
   * The central city names a municipality to compare with; refused for the central city or a
   * partner, a code without its check digit, a missing name, or one already in the group.
   */
  @Transactional
  public void name(String code, String name) {
    access.requireRuns();
    ComparisonMunicipality named =
        new ComparisonMunicipality(
            tenant.circleId(), code, name, access.username(), clock.localNow());
    if (memberCodes().contains(named.code())) {
      throw new VisionRefused("outcome.error.member");
    }
    if (comparisonCodes().contains(named.code())) {
      throw new VisionRefused("outcome.error.already");
    }
    repository.add(named);
  }

  /** The central city takes a named municipality out of the group (its figures stay). */
  @Transactional
  public void unname(String code) {
    access.requireRuns();
    repository.comparison(code).ifPresent(repository::remove);
  }
}
