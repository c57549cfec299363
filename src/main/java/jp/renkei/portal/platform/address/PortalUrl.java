package jp.renkei.portal.platform.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the portal is reached at from outside ({@code RENKEI_PORTAL_URL}), for the links in
 * mail and calendar invitations, which leave the request they were made in — behind a load balancer
 * the request's own host is not what a reader's mail program should open.
 *
 * <pre>{@code
 * portalUrl.absolute("/c/aomori/consultations/12"); // https://renkei.example.jp/c/aomori/…
 * }</pre>
 */
@ApplicationScoped
public class PortalUrl {

  @Inject
  @ConfigProperty(name = "renkei.portal.url", defaultValue = "http://127.0.0.1:8080")
  String base;

  /** The absolute address of a portal path (which starts with {@code /}). */
  public String absolute(String path) {
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }
}
