package jp.renkei.portal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Publishes what was prepared for a time — every ten seconds, on the one instance that holds the
 * scheduler's lease — by asking each context's {@link DuePublications} in each circle. Nothing
 * shows before its time: until this job has published it, it is not published.
 */
@ApplicationScoped
public class PublicationJob implements ClusterJob {

  private static final Logger LOG = Logger.getLogger(PublicationJob.class.getName());

  @Inject EachCircle eachCircle;
  @Inject @Any Instance<DuePublications> sources;

  @Override
  public String name() {
    return "publication";
  }

  @Override
  public Duration every() {
    return Duration.ofSeconds(10);
  }

  @Override
  public void run() {
    int published = 0;
    for (DuePublications source : sources) {
      published += eachCircle.run(source.getClass().getSimpleName(), source::publishDue);
    }
    if (published > 0) {
      int count = published;
      LOG.info(() -> count + " prepared publication(s) published");
    }
  }
}
