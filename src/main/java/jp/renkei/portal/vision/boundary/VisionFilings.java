package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionFiling;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The register of an adopted vision's copies sent on (要綱 第7(3)): the central city records its
 * copies to its governor and the Ministry, each partner its own to its governor, and the prefecture
 * observing the circle acknowledges those addressed to its governor. The register is public, like
 * the vision; each line says who may act on it.
 */
@ApplicationScoped
public class VisionFilings {

  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject CurrentCircle circle;
  @Inject TenantContext tenant;
  @Inject JapanClock clock;

  /** One copy the version needs, what was recorded of it, and what the caller may do. */
  public record Line(
      VisionFiling.Required required,
      VisionFiling filing,
      boolean mayRecord,
      boolean mayAcknowledge) {

    public String key() {
      return required.sender() + ">" + required.recipient();
    }
  }

  /** The register of an adopted version the caller reads; empty for a version not adopted. */
  public List<Line> register(long versionId) {
    VisionVersion version = access.readable(versionId);
    if (version.adoptedAt() == null) {
      return List.of();
    }
    List<VisionFiling> recorded = repository.filings(versionId);
    Set<String> observed = observed();
    return needed(version).stream()
        .map(
            required -> {
              VisionFiling filing =
                  recorded.stream()
                      .filter(f -> f.required().equals(required))
                      .findFirst()
                      .orElse(null);
              return new Line(
                  required,
                  filing,
                  filing == null && sends(required.sender()),
                  filing != null && !filing.isAcknowledged() && filing.isFor(observed));
            })
        .toList();
  }

  /** Records a copy sent on by the caller's municipality, named by its line's key. */
  @Transactional
  public void record(long versionId, String key, LocalDate sentOn) {
    VisionVersion version = access.readable(versionId);
    VisionFiling.Required required =
        needed(version).stream()
            .filter(r -> (r.sender() + ">" + r.recipient()).equals(key))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("vision copy " + key));
    if (!sends(required.sender())) {
      throw new ForbiddenException("vision copies of " + required.sender());
    }
    boolean already =
        repository.filings(versionId).stream().anyMatch(f -> f.required().equals(required));
    if (already) {
      throw new jp.renkei.portal.vision.entity.VisionRefused("vision.error.copy-exists");
    }
    repository.add(
        new VisionFiling(
            version,
            required,
            needed(version),
            sentOn,
            clock.today(),
            access.username(),
            clock.localNow()));
  }

  /** The prefecture acknowledges a copy addressed to its governor. */
  @Transactional
  public void acknowledge(long filingId) {
    Set<String> observed = observed();
    if (observed.isEmpty()) {
      throw new ForbiddenException("vision copies");
    }
    VisionFiling filing =
        repository
            .filingForUpdate(filingId)
            .orElseThrow(() -> new NotFoundException("vision copy " + filingId));
    filing.acknowledge(observed, clock.today(), access.username());
  }

  /** The copies of the circle's visions waiting for this prefecture's acknowledgement. */
  public List<VisionFiling> awaitingAcknowledgement() {
    Set<String> observed = observed();
    if (observed.isEmpty()) {
      return List.of();
    }
    return repository.unacknowledgedFilings().stream().filter(f -> f.isFor(observed)).toList();
  }

  private List<VisionFiling.Required> needed(VisionVersion version) {
    List<String> partners =
        repository.copies(version.id()).stream().map(VisionCopy::municipalityCode).toList();
    List<String> centralCities =
        circle.profile().centralCities().stream().map(MemberMunicipality::code).toList();
    return VisionFiling.required(centralCities, partners);
  }

  /** The caller sends for this municipality: the central city's staff, or the partner's office. */
  private boolean sends(String municipalityCode) {
    return circle.profile().centralCities().stream()
            .anyMatch(c -> c.code().equals(municipalityCode))
        ? access.runs()
        : access.actsAsPartnerFor(municipalityCode);
  }

  private Set<String> observed() {
    return tenant.isPrefectureObserver() ? tenant.getCaller().observedPrefectures() : Set.of();
  }
}
