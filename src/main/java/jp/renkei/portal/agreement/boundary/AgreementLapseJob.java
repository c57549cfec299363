package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import jp.renkei.portal.platform.jobs.ClusterJob;
import jp.renkei.portal.platform.jobs.EachCircle;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Makes termination notices take effect (要綱 第5(2)⑦): every ten minutes, on the one instance that
 * holds the scheduler's lease, each circle's agreements whose lapse date has come cease to be in
 * force. A circle that fails is tried again next time; the others go on.
 */
@ApplicationScoped
public class AgreementLapseJob implements ClusterJob {

  private static final Logger LOG = Logger.getLogger(AgreementLapseJob.class.getName());

  @Inject EachCircle eachCircle;
  @Inject AgreementLifecycle lifecycle;
  @Inject JapanClock clock;

  @Override
  public String name() {
    return "agreement-lapse";
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(10);
  }

  @Override
  public void run() {
    LocalDate today = clock.today();
    int lapsed = eachCircle.run("Lapse of agreements", () -> lifecycle.lapseDue(today));
    if (lapsed > 0) {
      LOG.info(() -> lapsed + " agreement(s) lapsed on " + today);
    }
  }
}
