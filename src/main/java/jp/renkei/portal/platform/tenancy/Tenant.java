package jp.renkei.portal.platform.tenancy;

import java.util.Set;

/**
 * A circle as the tenancy gate knows it: its id, its address and which municipalities belong to it.
 * The {@code circle} context provides these ({@link TenantDirectory}); everything else about a
 * circle — names, prefectures, partners — is that context's to tell.
 *
 * <pre>{@code
 * new Tenant(1, "aomori", Set.of("022012"), Set.of("022012", "023035"));
 * }</pre>
 *
 * @param centralCityCodes the central city, or the two acting jointly (要綱 第9)
 * @param memberCodes every member municipality, central cities included
 */
public record Tenant(long id, String slug, Set<String> centralCityCodes, Set<String> memberCodes) {

  public Tenant {
    centralCityCodes = Set.copyOf(centralCityCodes);
    memberCodes = Set.copyOf(memberCodes);
  }

  public boolean hasMember(String municipalityCode) {
    return memberCodes.contains(municipalityCode);
  }

  /** The prefectures (two-digit JIS codes, the first digits of a code) of the members. */
  public Set<String> prefectureCodes() {
    return memberCodes.stream()
        .map(code -> code.substring(0, 2))
        .collect(java.util.stream.Collectors.toSet());
  }

  public boolean isCentralCity(String municipalityCode) {
    return centralCityCodes.contains(municipalityCode);
  }
}
