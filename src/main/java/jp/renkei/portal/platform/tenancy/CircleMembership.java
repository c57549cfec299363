package jp.renkei.portal.platform.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.platform.security.Caller;

/**
 * A caller's verified place in one circle: the municipalities of the circle they work for (none for
 * a circle-wide member such as a roundtable member), or a prefecture's observer of a circle with a
 * member in that prefecture (要綱 第8), who works for none of them.
 *
 * <p>The token's group paths are only a claim: a code that is not a member of the circle in the
 * portal's own records does not count.
 */
public record CircleMembership(Tenant tenant, Set<String> municipalityCodes, boolean observer) {

  public CircleMembership {
    municipalityCodes = Set.copyOf(municipalityCodes);
  }

  /** The caller's membership in the circle, or empty when they are not a member of it. */
  public static Optional<CircleMembership> of(Caller caller, Tenant tenant) {
    boolean observes =
        caller.observedPrefectures().stream().anyMatch(tenant.prefectureCodes()::contains);
    if (observes) {
      return Optional.of(new CircleMembership(tenant, Set.of(), true));
    }
    return caller
        .claimedMembershipIn(tenant.slug())
        .flatMap(
            claimed -> {
              Set<String> verified =
                  claimed.municipalityCodes().stream()
                      .filter(tenant::hasMember)
                      .collect(Collectors.toSet());
              boolean circleWide = caller.groupPaths().contains("/" + tenant.slug());
              return verified.isEmpty() && !circleWide
                  ? Optional.empty()
                  : Optional.of(new CircleMembership(tenant, verified, false));
            });
  }

  /** True when the caller works for the central city (or one of two acting jointly). */
  public boolean actsForCentralCity() {
    return municipalityCodes.stream().anyMatch(tenant::isCentralCity);
  }

  public boolean actsFor(String municipalityCode) {
    return municipalityCodes.contains(municipalityCode);
  }
}
