package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.renkei.portal.circle.control.CircleRepository;

/**
 * Whether the request's circle's central city may conclude agreements and adopt the vision: not
 * while it fails 要綱 第3 (or 第9, for two cities acting jointly), nor while it has only asked to
 * become a core city (附則 第2 lets such a city declare and prepare, nothing more). The agreement and
 * vision contexts ask before they conclude or adopt.
 *
 * <pre>{@code
 * if (!standing.permitsAgreementsAndVision()) throw new LifecycleViolation(…);
 * }</pre>
 */
@ApplicationScoped
public class CentralCityStanding {

  @Inject CircleRepository repository;
  @Inject CurrentCircle circle;

  /**
   * False when the recorded eligibility forbids it. A circle whose eligibility is not recorded is
   * not held up here: its declaration is, until the facts are recorded.
   */
  public boolean permitsAgreementsAndVision() {
    CircleProfile profile = circle.profile();
    if (profile.hasJointCentralCities()) {
      return CircleRegistry.eligibilityFailures(repository, profile)
          .map(List::isEmpty)
          .orElse(true);
    }
    return repository
        .eligibility()
        .map(e -> e.permitsAgreementsAndVision(profile.centralCities().get(0).prefecture()))
        .orElse(true);
  }
}
