package jp.renkei.portal.it.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Signed-in HTTP clients, one per demo user, signed in once and shared by the tests of a run:
 * signing in through Keycloak costs a few hundred milliseconds each time.
 */
public final class Callers {

  private static final ConcurrentMap<String, PortalHttp> SIGNED_IN = new ConcurrentHashMap<>();

  private Callers() {}

  public static PortalHttp as(TestStack stack, String username) {
    return SIGNED_IN.computeIfAbsent(
        stack.portalUrl() + "|" + username, key -> PortalHttp.signedIn(stack, username));
  }

  /** Forgets every session: the portal was restarted and they are gone. */
  public static void forgetAll() {
    SIGNED_IN.clear();
  }
}
