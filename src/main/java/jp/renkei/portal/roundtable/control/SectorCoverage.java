package jp.renkei.portal.roundtable.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.roundtable.entity.RoundtableMember;
import jp.renkei.portal.roundtable.entity.Sector;

/**
 * Which of the sectors 要綱 第6(4) names have a member in term on a day, and which have none.
 *
 * <pre>{@code
 * SectorCoverage coverage = SectorCoverage.on(today, members);
 * coverage.missing(); // [WELFARE, EDUCATION, …]
 * }</pre>
 */
public record SectorCoverage(Set<Sector> covered, Set<Sector> missing) {

  public static SectorCoverage on(LocalDate day, List<RoundtableMember> members) {
    Set<Sector> covered = EnumSet.noneOf(Sector.class);
    members.stream().filter(m -> m.inTermOn(day)).forEach(m -> covered.add(m.sector()));
    covered.remove(Sector.OTHER);
    Set<Sector> missing = EnumSet.noneOf(Sector.class);
    Arrays.stream(Sector.values())
        .filter(Sector::named)
        .filter(s -> !covered.contains(s))
        .forEach(missing::add);
    return new SectorCoverage(covered, missing);
  }

  /** The named sectors in the guideline's order, for a page that shows each one. */
  public List<Sector> named() {
    return Arrays.stream(Sector.values()).filter(Sector::named).toList();
  }

  public boolean covers(Sector sector) {
    return covered.contains(sector);
  }
}
