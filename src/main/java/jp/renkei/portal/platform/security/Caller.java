package jp.renkei.portal.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: a signed-in person with their realm roles and Keycloak group paths, or the
 * anonymous visitor. Group paths say which circles a person belongs to: {@code /aomori} for the
 * circle itself (a roundtable member) and {@code /aomori/023035} for a municipality in it; a
 * prefecture's officer is in {@code /prefectures/02} (the prefecture's JIS code).
 */
public record Caller(String username, Set<PortalRole> roles, Set<String> groupPaths) {

  /** The Keycloak group whose subgroups, one per prefecture, hold its officers. */
  public static final String PREFECTURES_GROUP = "/prefectures";

  public static final Caller ANONYMOUS = new Caller(null, Set.of(), Set.of());

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    groupPaths = Set.copyOf(groupPaths);
  }

  public boolean isSignedIn() {
    return username != null;
  }

  public boolean hasRole(PortalRole role) {
    return roles.contains(role);
  }

  /**
   * The prefectures (two-digit JIS codes) whose circles this caller observes: those of their {@code
   * /prefectures/NN} groups, and only with the {@link PortalRole#PREFECTURE_OBSERVER} role.
   */
  public Set<String> observedPrefectures() {
    if (!hasRole(PortalRole.PREFECTURE_OBSERVER)) {
      return Set.of();
    }
    return groupPaths.stream()
        .filter(p -> p.startsWith(PREFECTURES_GROUP + "/"))
        .map(p -> p.substring(PREFECTURES_GROUP.length() + 1))
        .filter(code -> code.matches("\\d{2}"))
        .collect(Collectors.toSet());
  }

  /**
   * The caller's place in the circle with this slug, as the token claims it; the tenant context
   * still checks the municipalities against the circle's real members.
   */
  public Optional<ClaimedMembership> claimedMembershipIn(String circleSlug) {
    String circleGroup = "/" + circleSlug;
    List<String> paths =
        groupPaths.stream()
            .filter(p -> p.equals(circleGroup) || p.startsWith(circleGroup + "/"))
            .toList();
    if (paths.isEmpty()) {
      return Optional.empty();
    }
    Set<String> municipalityCodes =
        paths.stream()
            .filter(p -> !p.equals(circleGroup))
            .map(p -> p.substring(circleGroup.length() + 1))
            .filter(code -> !code.contains("/"))
            .collect(Collectors.toSet());
    return Optional.of(new ClaimedMembership(circleSlug, municipalityCodes));
  }

  /** A circle membership as claimed by the token's groups. */
  public record ClaimedMembership(String circleSlug, Set<String> municipalityCodes) {
    public ClaimedMembership {
      municipalityCodes = Set.copyOf(municipalityCodes);
    }
  }
}
