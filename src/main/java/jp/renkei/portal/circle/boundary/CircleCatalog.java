package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.control.CircleDirectory;
import jp.renkei.portal.circle.entity.CircleSlug;
import jp.renkei.portal.circle.entity.MunicipalityCode;

/**
 * What the portal knows publicly about circles: the entry point other contexts, pages and the API
 * use to find a circle.
 *
 * <pre>{@code
 * catalog.bySlug("aomori").map(CircleProfile::centralCities);
 * catalog.containing(MunicipalityCode.of("023035")); // 平内町: both circles it belongs to
 * }</pre>
 */
@ApplicationScoped
public class CircleCatalog {

  @Inject CircleDirectory directory;

  public List<CircleProfile> all() {
    return directory.circles();
  }

  /** The circle with this slug; empty for an unknown or malformed slug. */
  public Optional<CircleProfile> bySlug(String slug) {
    if (!CircleSlug.isWellFormed(slug)) {
      return Optional.empty();
    }
    return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  public Optional<CircleProfile> byId(long id) {
    return all().stream().filter(c -> c.id() == id).findFirst();
  }

  /** The circles a municipality belongs to (one municipality may be in two, 要綱 第5(3)⑥). */
  public List<CircleProfile> containing(MunicipalityCode code) {
    return all().stream().filter(c -> c.member(code.value()).isPresent()).toList();
  }
}
