package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.vision.control.PopulationCsv;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.PopulationActual;
import jp.renkei.portal.vision.entity.VisionRefused;

/**
 * The population of the circle's municipalities by year (issue 18, item 2): public to read,
 * imported by the central city's office from the official tables. An import stores every accepted
 * line in one transaction — all of them or, on a failure, none — and reports the rejected lines
 * with their reasons; importing a year again replaces its figures.
 */
@ApplicationScoped
public class PopulationActuals {

  /** The first year a table may give (the first 国勢調査 was in 1920). */
  static final int FIRST_YEAR = 1920;

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject JapanClock clock;
  @Inject OutcomeMonitor outcomes;

  /** What an import did: lines stored (new or changed), unchanged, rejected with reasons. */
  public record Report(
      int stored, int unchanged, List<PopulationCsv.Rejected> rejected, String encoding) {}

  public List<PopulationActual> actuals() {
    return repository.populationActuals();
  }

  /** True when the caller may import: the central city's office. */
  public boolean imports() {
    return tenant.isCentralCityStaff();
  }

  @Transactional
  public Report importCsv(byte[] file) {
    if (!imports()) {
      throw new ForbiddenException("population import by " + access.username());
    }
    // The circle's own municipalities, and those the outcome monitor compares it with.
    Set<String> members =
        currentCircle.profile().allMembers().stream()
            .map(MemberMunicipality::code)
            .collect(Collectors.toCollection(java.util.HashSet::new));
    members.addAll(outcomes.comparisonCodes());
    PopulationCsv.Result read;
    try {
      read = PopulationCsv.read(file, members, FIRST_YEAR, clock.today().getYear());
    } catch (PopulationCsv.Unreadable e) {
      throw new VisionRefused(e.messageKey());
    }
    Map<String, PopulationActual> existing = new HashMap<>();
    for (PopulationActual a : repository.populationActuals()) {
      existing.put(a.municipalityCode() + "/" + a.year(), a);
    }
    LocalDateTime now = clock.localNow();
    String by = access.username();
    int stored = 0;
    for (PopulationCsv.Row row : read.accepted()) {
      PopulationActual known = existing.get(row.code() + "/" + row.year());
      if (known == null) {
        repository.add(
            new PopulationActual(
                tenant.circleId(),
                row.code(),
                row.year(),
                row.population(),
                row.aged65(),
                by,
                now));
        stored++;
      } else if (known.replace(row.population(), row.aged65(), by, now)) {
        stored++;
      }
    }
    return new Report(stored, read.accepted().size() - stored, read.rejected(), read.encoding());
  }
}
