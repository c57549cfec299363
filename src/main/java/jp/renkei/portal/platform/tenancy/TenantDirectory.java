package jp.renkei.portal.platform.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * Where the tenancy gate looks circles up: implemented by the {@code circle} context, so that the
 * platform knows no context. Must be fast — it is asked on every request into a circle.
 *
 * <pre>{@code
 * directory.bySlug("aomori").map(Tenant::id);
 * }</pre>
 */
public interface TenantDirectory {

  /** The circle with this address; empty for an unknown or malformed slug. */
  Optional<Tenant> tenantBySlug(String slug);

  /** Every circle, in the order they were created. */
  List<Tenant> tenants();

  /** The circle with this id; empty when there is none (any more). */
  default Optional<Tenant> tenantById(long id) {
    return tenants().stream().filter(t -> t.id() == id).findFirst();
  }
}
