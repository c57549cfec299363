package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Caller} of the current request, built once per request from the tokens' {@code groups}
 * claim (the realm roles) and the ID token's {@code circles} claim.
 *
 * <p>The roles are read from the token the mechanism validated — the very groups it handed the
 * container, which maps each to the role of the same name — rather than asked of the container one
 * by one: every {@code isUserInRole} is a JACC permission check behind two synchronized maps, and
 * under load the signed-in pages queued on those locks (see {@code src/bench/README.md}).
 *
 * <p>The OpenID context is session-scoped: it is only touched for a signed-in person (who has a
 * session already), so anonymous visitors of public pages never get one.
 */
@Named("currentCaller")
@RequestScoped
public class CurrentCaller {

  static final String CIRCLES_CLAIM = "circles";

  /** The claim {@link OpenIdSecurityConfiguration} names as the caller's groups. */
  static final String GROUPS_CLAIM = "groups";

  @Inject HttpServletRequest request;

  @Inject Instance<OpenIdContext> openIdContext;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  /**
   * This request acts for nobody: the scheduled jobs' requests, which have no HTTP request behind
   * them, run as an anonymous caller with no roles and no circles.
   */
  public void unattended() {
    caller = Caller.ANONYMOUS;
  }

  /** When the signed-in person's token was issued; empty for anybody else. */
  public Optional<Instant> tokenIssuedAt() {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    OpenIdContext context = openIdContext.get();
    if (context == null || context.getIdentityToken() == null) {
      return Optional.empty();
    }
    return context.getIdentityToken().getJwtClaims().getIssuedAt();
  }

  /** For the header's link to the administration. */
  public boolean isPortalAdmin() {
    return get().hasRole(PortalRole.PORTAL_ADMIN);
  }

  /** For the residents' forms on public pages. */
  public boolean isResident() {
    return get().hasRole(PortalRole.RESIDENT);
  }

  private Caller resolve() {
    if (request.getUserPrincipal() == null) {
      return Caller.ANONYMOUS;
    }
    OpenIdContext context = openIdContext.get();
    if (context == null || context.getIdentityToken() == null) {
      return new Caller(request.getUserPrincipal().getName(), containerRoles(), Set.of());
    }
    return new Caller(
        request.getUserPrincipal().getName(), tokenRoles(context), groupPaths(context));
  }

  /** The groups as Soteria's identity store takes them: the access token's, else the ID token's. */
  private static Set<PortalRole> tokenRoles(OpenIdContext context) {
    List<String> groups =
        context.getAccessToken() == null
            ? null
            : context.getAccessToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM);
    if (groups == null || groups.isEmpty()) {
      groups = context.getIdentityToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM);
    }
    return groups == null
        ? Set.of()
        : groups.stream()
            .flatMap(group -> PortalRole.byRoleName(group).stream())
            .collect(Collectors.toSet());
  }

  /**
   * Only for a principal without an OpenID context, which the portal's one mechanism never makes.
   */
  private Set<PortalRole> containerRoles() {
    return Arrays.stream(PortalRole.values())
        .filter(r -> request.isUserInRole(r.roleName()))
        .collect(Collectors.toSet());
  }

  private static Set<String> groupPaths(OpenIdContext context) {
    List<String> paths =
        context.getIdentityToken().getJwtClaims().getArrayStringClaim(CIRCLES_CLAIM);
    return paths == null ? Set.of() : new HashSet<>(paths);
  }
}
