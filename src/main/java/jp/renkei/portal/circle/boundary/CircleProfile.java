package jp.renkei.portal.circle.boundary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.Prefecture;

/**
 * The public face of a circle: its names and members. Everything here may be shown to anyone; a
 * snapshot, so pages and the API read it without touching the database.
 *
 * <p>The municipalities beside the central city are its <em>counterparts</em>. Of these, the
 * partners (連携市町村) are those with an agreement in force (要綱 第6(1)): they are named in the vision,
 * consulted in its rounds and sent its copies. The others are neighbours still in talks: their
 * offices negotiate the agreement and meet the central city, nothing more.
 */
public record CircleProfile(
    long id,
    String slug,
    LocalizedName name,
    List<MemberMunicipality> centralCities,
    List<MemberMunicipality> counterparts,
    Set<String> partnersInForce) {

  public CircleProfile {
    centralCities = List.copyOf(centralCities);
    counterparts = List.copyOf(counterparts);
    partnersInForce = Set.copyOf(partnersInForce);
  }

  /** The partners (連携市町村): the counterparts with an agreement in force. */
  public List<MemberMunicipality> partners() {
    return counterparts.stream().filter(m -> partnersInForce.contains(m.code())).toList();
  }

  /** The counterparts without an agreement in force: neighbours in talks. */
  public List<MemberMunicipality> neighboursInTalks() {
    return counterparts.stream().filter(m -> !partnersInForce.contains(m.code())).toList();
  }

  public boolean isPartner(String municipalityCode) {
    return partnersInForce.contains(municipalityCode);
  }

  /**
   * Whom the vision names and binds (要綱 第6(3)①): the central city (or both) and the partners —
   * never a neighbour still in talks.
   */
  public List<MemberMunicipality> centralCitiesAndPartners() {
    return java.util.stream.Stream.concat(centralCities.stream(), partners().stream()).toList();
  }

  /** True for the central city and the partners: who may be named in the vision. */
  public boolean isInVision(String municipalityCode) {
    return centralCitiesAndPartners().stream().anyMatch(m -> m.code().equals(municipalityCode));
  }

  public String nameIn(Locale locale) {
    return name.in(locale);
  }

  /** True when two cities act jointly as the central city (要綱 第9). */
  public boolean hasJointCentralCities() {
    return centralCities.size() > 1;
  }

  /**
   * The prefectures of all members, central cities first: more than one is a cross-prefecture
   * circle.
   */
  public Set<Prefecture> prefectures() {
    Set<Prefecture> result = new LinkedHashSet<>();
    centralCities.forEach(m -> result.add(m.prefecture()));
    counterparts.forEach(m -> result.add(m.prefecture()));
    return result;
  }

  public Optional<MemberMunicipality> member(String municipalityCode) {
    return allMembers().stream().filter(m -> m.code().equals(municipalityCode)).findFirst();
  }

  public List<MemberMunicipality> allMembers() {
    return java.util.stream.Stream.concat(centralCities.stream(), counterparts.stream()).toList();
  }
}
