package jp.renkei.portal.platform.tenancy;

import java.util.Set;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;

/**
 * Tenant contexts for tests that run repositories without a server: the demo circles, entered as
 * the tenancy gate would enter them.
 *
 * <pre>{@code
 * repository.tenant = TestTenants.in(TestTenants.NAGANO);
 * }</pre>
 */
public final class TestTenants {

  public static final Tenant AOMORI =
      new Tenant(
          1, "aomori", Set.of("022012"), Set.of("022012", "023035", "023043", "023051", "023078"));

  public static final Tenant NAGANO =
      new Tenant(
          2,
          "nagano",
          Set.of("202011"),
          Set.of(
              "202011", "202070", "202185", "205214", "205419", "205435", "205834", "205885",
              "205907"));

  public static final Tenant MUTSUWAN =
      new Tenant(3, "mutsuwan", Set.of("022039"), Set.of("022039", "023035", "024015"));

  private TestTenants() {}

  /** A request's tenant context inside this circle, for an anonymous caller. */
  public static TenantContext in(Tenant tenant) {
    TenantContext context = new TenantContext();
    context.currentCaller =
        new CurrentCaller() {
          @Override
          public Caller get() {
            return Caller.ANONYMOUS;
          }
        };
    context.enter(tenant, null);
    return context;
  }
}
