package jp.renkei.portal.platform.tenancy;

import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.security.Caller;

/**
 * A caller's verified place in one circle: the municipalities of the circle they work for (none for
 * a circle-wide member such as a roundtable member).
 *
 * <p>The token's group paths are only a claim: a code that is not a member of the circle in the
 * portal's own records does not count.
 */
public record CircleMembership(CircleProfile circle, List<MemberMunicipality> municipalities) {

  public CircleMembership {
    municipalities = List.copyOf(municipalities);
  }

  /** The caller's membership in the circle, or empty when they are not a member of it. */
  public static Optional<CircleMembership> of(Caller caller, CircleProfile circle) {
    return caller
        .claimedMembershipIn(circle.slug())
        .flatMap(
            claimed -> {
              List<MemberMunicipality> verified =
                  claimed.municipalityCodes().stream()
                      .map(circle::member)
                      .flatMap(Optional::stream)
                      .toList();
              boolean circleWide = caller.groupPaths().contains("/" + circle.slug());
              return verified.isEmpty() && !circleWide
                  ? Optional.empty()
                  : Optional.of(new CircleMembership(circle, verified));
            });
  }

  /** True when the caller works for the central city (or one of two acting jointly). */
  public boolean actsForCentralCity() {
    return municipalities.stream().anyMatch(MemberMunicipality::isCentralCity);
  }
}
