package jp.renkei.portal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;

/**
 * Runs a job's step within every circle in turn: a circle whose step fails is logged and tried
 * again next time, and the others go on. Returns how many things the steps did together.
 *
 * <pre>{@code
 * int lapsed = eachCircle.run("agreement lapse", () -> lifecycle.lapseDue(today));
 * }</pre>
 */
@ApplicationScoped
public class EachCircle {

  private static final Logger LOG = Logger.getLogger(EachCircle.class.getName());

  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;

  public int run(String what, Supplier<Integer> step) {
    int done = 0;
    for (Tenant circle : tenants.tenants()) {
      try {
        done += tenant.within(circle, step);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, what + " in " + circle.slug() + " failed; tried again later", e);
      }
    }
    return done;
  }
}
