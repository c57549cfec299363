package jp.renkei.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;

/**
 * Announces prepared notices when their time comes: every ten seconds, on the one instance that
 * holds the scheduler's lease. The pages, feeds and the API show a notice from its time on by
 * themselves; this job makes it searchable and tells the followers, once.
 */
@ApplicationScoped
public class NoticePublicationJob implements ClusterJob {

  private static final Logger LOG = Logger.getLogger(NoticePublicationJob.class.getName());

  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject NoticeBoard board;

  @Override
  public String name() {
    return "notice-publication";
  }

  @Override
  public Duration every() {
    return Duration.ofSeconds(10);
  }

  @Override
  public void run() {
    for (Tenant circle : tenants.tenants()) {
      try {
        tenant.within(circle, board::announceDue);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notices of " + circle.slug() + " not announced; tried again", e);
      }
    }
  }
}
