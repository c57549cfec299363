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
 */
public record CircleProfile(
    long id,
    String slug,
    LocalizedName name,
    List<MemberMunicipality> centralCities,
    List<MemberMunicipality> partners) {

  public CircleProfile {
    centralCities = List.copyOf(centralCities);
    partners = List.copyOf(partners);
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
    partners.forEach(m -> result.add(m.prefecture()));
    return result;
  }

  public Optional<MemberMunicipality> member(String municipalityCode) {
    return allMembers().stream().filter(m -> m.code().equals(municipalityCode)).findFirst();
  }

  public List<MemberMunicipality> allMembers() {
    return java.util.stream.Stream.concat(centralCities.stream(), partners.stream()).toList();
  }
}
