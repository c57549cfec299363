package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one gate into a circle: resolves a circle's address to its tenant and enters it into the
 * request's {@link TenantContext}. The {@link FrontController} passes pages and downloads through
 * it, {@code CircleApiGate} the JSON API; nothing else enters a circle.
 *
 * <pre>{@code
 * if (gate.enter("aomori", null).isEmpty()) { // unknown circle: 404 }
 * }</pre>
 */
@ApplicationScoped
public class TenantGate {

  @Inject TenantDirectory directory;
  @Inject TenantContext context;

  /**
   * Enters the circle a record belongs to that was found by a secret in its address rather than by
   * the circle's (a calendar subscription): false, and nothing entered, when the circle is gone.
   */
  public boolean enterCircleOf(long circleId) {
    Optional<Tenant> tenant = directory.tenantById(circleId);
    tenant.ifPresent(t -> context.enter(t, null));
    return tenant.isPresent();
  }

  /** Enters the circle with this slug; empty (and nothing entered) when there is none. */
  public Optional<Tenant> enter(String slug, Long pathId) {
    Optional<Tenant> tenant = directory.tenantBySlug(slug);
    tenant.ifPresent(t -> context.enter(t, pathId));
    return tenant;
  }
}
