package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Caller} of the current request, built once per request from the container's roles and
 * the ID token's {@code circles} claim.
 *
 * <p>The OpenID context is session-scoped: it is only touched for a signed-in person (who has a
 * session already), so anonymous visitors of public pages never get one.
 */
@RequestScoped
public class CurrentCaller {

  static final String CIRCLES_CLAIM = "circles";

  @Inject HttpServletRequest request;

  @Inject Instance<OpenIdContext> openIdContext;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    if (request.getUserPrincipal() == null) {
      return Caller.ANONYMOUS;
    }
    Set<PortalRole> roles =
        Arrays.stream(PortalRole.values())
            .filter(r -> request.isUserInRole(r.roleName()))
            .collect(Collectors.toSet());
    return new Caller(request.getUserPrincipal().getName(), roles, groupPaths());
  }

  private Set<String> groupPaths() {
    OpenIdContext context = openIdContext.get();
    if (context == null || context.getIdentityToken() == null) {
      return Set.of();
    }
    List<String> paths =
        context.getIdentityToken().getJwtClaims().getArrayStringClaim(CIRCLES_CLAIM);
    return paths == null ? Set.of() : new HashSet<>(paths);
  }
}
