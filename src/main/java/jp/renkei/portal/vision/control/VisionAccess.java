package jp.renkei.portal.vision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * Who may do what with the vision of the request's circle. The central city's staff draft, consult,
 * adopt and open drafts to the residents; a partner's office reads the drafts it is consulted on
 * and acts in its own round only; a roundtable member reads the draft their meeting deliberates;
 * the prefecture observing the circle reads every draft (要綱 第8: it advises), changing nothing;
 * everybody reads the adopted vision and drafts put to the residents. What a caller may not see is
 * a 404, what they may see but not change a 403.
 */
@ApplicationScoped
public class VisionAccess {

  @Inject TenantContext tenant;
  @Inject VisionRepository repository;
  @Inject Roundtable roundtable;
  @Inject jp.renkei.portal.platform.tenancy.ReadOnlyRequest readOnly;

  /** True for the central city's staff of this circle: they draft, consult and adopt. */
  public boolean runs() {
    return tenant.isCentralCityStaff();
  }

  public void requireRuns() {
    if (!runs()) {
      throw new ForbiddenException("vision of " + tenant.getSlug());
    }
  }

  public boolean isPartnerOffice() {
    return tenant.isMember() && tenant.hasRole(PortalRole.PARTNER_STAFF);
  }

  public boolean isRoundtableMember() {
    return tenant.isMember() && tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER);
  }

  public boolean canRead(VisionVersion version) {
    if (version.isPublic() || runs() || tenant.isPrefectureObserver()) {
      return true;
    }
    if (isPartnerOffice()
        && repository.rounds(version.id()).stream()
            .anyMatch(r -> tenant.actsFor(r.municipalityCode()))) {
      return true;
    }
    return isRoundtableMember() && roundtable.callerDeliberates(version.id());
  }

  public boolean canSeeRound(CommentRound round) {
    return runs() || actsAsPartnerFor(round.municipalityCode());
  }

  public boolean actsAsPartnerFor(String code) {
    return isPartnerOffice() && tenant.actsFor(code);
  }

  /** A version the caller may read; a 404 otherwise. */
  public VisionVersion readable(long id) {
    return readOnly.once("vision version the caller may read", id, this::readableNow);
  }

  private VisionVersion readableNow(long id) {
    return repository
        .version(id)
        .filter(this::canRead)
        .orElseThrow(() -> new NotFoundException("vision version " + id));
  }

  /** A version for a change, locked; a 404 when the circle has none with this id. */
  public VisionVersion forUpdate(long id) {
    return repository
        .versionForUpdate(id)
        .orElseThrow(() -> new NotFoundException("vision version " + id));
  }

  /** The version a round is on. */
  public VisionVersion versionOf(CommentRound round) {
    return repository.version(round.versionId()).orElseThrow();
  }

  /** The code the caller acts for in a round: the round's own when they may; refused otherwise. */
  public String actingCode(CommentRound round) {
    if (actsAsPartnerFor(round.municipalityCode())) {
      return round.municipalityCode();
    }
    if (runs()) {
      // The central city sees every round but speaks in none: say so instead of a bare 403.
      throw new VisionRefused("vision.error.not-your-round");
    }
    throw new NotFoundException("round " + round.id());
  }

  public String username() {
    return tenant.getCaller().username();
  }
}
