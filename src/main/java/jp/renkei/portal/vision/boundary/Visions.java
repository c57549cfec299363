package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.platform.tenancy.ReadOnlyRequest;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * Reading the vision of the request's circle (要綱 第6): the adopted vision and drafts put to the
 * residents for everybody; drafts for the central city, the partners consulted on them and the
 * roundtable members whose meeting deliberates them. What a caller may not see is a 404. Drafting
 * is {@link VisionDrafts}, consulting {@link VisionRounds}, adopting {@link VisionAdoption}, the
 * KPIs' actuals {@link VisionKpis}.
 */
@ApplicationScoped
public class Visions {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject VisionAdoption adoption;
  @Inject Roundtable roundtable;
  @Inject JapanClock clock;
  @Inject ReadOnlyRequest readOnly;

  /** The vision in force, public. */
  public Optional<VisionVersion> adopted() {
    return repository.withStatus(VisionStatus.ADOPTED);
  }

  /** The draft put to the residents whose comment period runs today, public. */
  public Optional<VisionVersion> draftOpenForComment() {
    return repository.withStatus(VisionStatus.DRAFT).filter(v -> v.isCommentOpen(clock.today()));
  }

  /**
   * The versions the caller may read, newest first. Whom a draft is shown to is looked up once for
   * all versions (the caller's rounds, their roundtable meetings), not per version.
   */
  public List<VisionVersion> versions() {
    List<VisionVersion> all = repository.versions();
    if (access.runs()) {
      return all;
    }
    Set<Long> consultedOn = new HashSet<>();
    if (access.isPartnerOffice()) {
      for (String code : tenant.municipalityCodes()) {
        repository.roundsOf(code).forEach(r -> consultedOn.add(r.versionId()));
      }
    }
    Set<Long> deliberated =
        access.isRoundtableMember()
            ? roundtable.deliberatedByCaller(all.stream().map(VisionVersion::id).toList())
            : Set.of();
    return all.stream()
        .filter(v -> v.isPublic() || consultedOn.contains(v.id()) || deliberated.contains(v.id()))
        .toList();
  }

  /** One version; a 404 unless the caller may read it. */
  public VisionRead read(long id) {
    return readOnly.once("vision version with its rounds", id, this::readNow);
  }

  private VisionRead readNow(long id) {
    VisionVersion version = access.readable(id);
    List<CommentRound> rounds =
        repository.rounds(version.id()).stream().filter(access::canSeeRound).toList();
    if (!access.runs()) {
      return new VisionRead(version, rounds, false, false, null, List.of(), List.of());
    }
    boolean editable =
        version.isDraft() && version.commentOpens() == null && !repository.hasRounds(version.id());
    return new VisionRead(
        version,
        rounds,
        true,
        editable,
        version.isDraft() ? adoption.check(version) : null,
        roundtable.deliberationsOf(repository.versionIdsOfCycle(version.cycle())),
        repository.copies(version.id()));
  }

  /** Section by section, what changed since the version this one was made from. */
  public List<VisionSections.SectionChange> changes(long id, Locale locale) {
    VisionVersion version = access.readable(id);
    if (version.basedOnId() == null) {
      return List.of();
    }
    VisionVersion older =
        repository.version(version.basedOnId()).orElseThrow(IllegalStateException::new);
    return VisionSections.compare(older, version, currentCircle.profile(), locale);
  }

  /** The version a version was made from, when the caller may read it. */
  public Optional<VisionVersion> basedOn(VisionVersion version) {
    return version.basedOnId() == null
        ? Optional.empty()
        : repository.version(version.basedOnId()).filter(access::canRead);
  }

  /** True for the central city's staff of this circle: they draft, consult and adopt. */
  public boolean runs() {
    return access.runs();
  }
}
