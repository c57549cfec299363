package jp.renkei.portal.bench;

import jp.renkei.portal.it.support.PortalHttp;
import jp.renkei.portal.it.support.TestStack;
import jp.renkei.portal.launch.PortalStack;

/** Signs a demo user in through Keycloak for the benchmark and hands back the session cookie. */
final class SignIn {

  private SignIn() {}

  static String sessionCookie(PortalStack stack, String username) {
    return PortalHttp.signedIn(
            TestStack.attachedTo(stack.portalUrl(), stack.keycloakUrl()), username)
        .sessionCookie();
  }
}
