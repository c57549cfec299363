package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.circle.boundary.CentralCityStanding;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.jobs.DuePublications;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.roundtable.boundary.MeetingSummary;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.search.boundary.SearchIndexing;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.AdoptionCheck;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.JointApproval;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * From draft to the vision in force: the roundtable's deliberation (要綱 第6(2)), the residents'
 * public comment, the adoption gate — deliberated, and signed off by every partner (第6(5)) or
 * overridden with a reason kept on the record — the copies to the partners and the publication
 * (第6(6)), and each partner office's receipt of its copy.
 */
@ApplicationScoped
public class VisionAdoption implements DuePublications {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject CentralCityStanding standing;
  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject Roundtable roundtable;
  @Inject NoticeBoard notices;
  @Inject JapanClock clock;
  @Inject SearchIndexing indexing;
  @Inject VisionWork work;

  /** Meetings a draft can be put to, for the central city. */
  public List<MeetingSummary> meetingsForDeliberation() {
    return roundtable.openMeetings();
  }

  /** Records that a roundtable meeting deliberated this draft (第6(2)). */
  @Transactional
  public void recordDeliberation(long versionId, long meetingId) {
    access.requireRuns();
    access.forUpdate(versionId).requireDraft();
    roundtable.recordDeliberation(meetingId, versionId);
  }

  /** Where the draft stands against the adoption gate. */
  public AdoptionCheck check(VisionVersion version) {
    boolean deliberated =
        roundtable.deliberationsOf(repository.versionIdsOfCycle(version.cycle())).stream()
            .anyMatch(MeetingSummary::hasDeliberated);
    List<CommentRound> rounds = repository.rounds(version.id());
    List<String> missing =
        currentCircle.profile().partners().stream()
            .map(MemberMunicipality::code)
            .filter(
                code ->
                    rounds.stream()
                        .noneMatch(r -> r.municipalityCode().equals(code) && r.isSignedOff()))
            .toList();
    LocalDate today = clock.today();
    List<String> notConsulted =
        missing.stream()
            .filter(
                code ->
                    rounds.stream()
                        .noneMatch(
                            r -> r.municipalityCode().equals(code) && r.deadline().isBefore(today)))
            .toList();
    return new AdoptionCheck(version.missingParts(), deliberated, missing, notConsulted);
  }

  /**
   * Adopts the draft: the gate must pass, or the sign-offs are overridden with a reason kept on the
   * record. A copy goes to every partner and the vision is published (第6(6)). Where two cities act
   * jointly (第9), the vision is theirs together: the first city's adoption is its approval of the
   * draft as it stands, and the second city's adopts it.
   *
   * @return true when the vision was adopted; false when it waits for the other city's approval
   */
  @Transactional
  public boolean adopt(long versionId, String overrideReason) {
    access.requireRuns();
    VisionVersion draft = access.forUpdate(versionId);
    draft.requireDraft();
    requireStanding();
    AdoptionCheck check = check(draft);
    check.requireAdoptable(overrideReason);
    if (!approvedByBothCities(draft)) {
      return false;
    }
    adoptNow(draft, access.username(), check, overrideReason);
    return true;
  }

  /**
   * Where two cities act jointly (第9): records the caller's city's approval of the draft as it
   * stands, and answers whether the other city approved the same draft. True at once for a circle
   * with one central city.
   */
  private boolean approvedByBothCities(VisionVersion draft) {
    List<MemberMunicipality> centrals = currentCircle.profile().centralCities();
    if (centrals.size() < 2) {
      return true;
    }
    String mine =
        centrals.stream()
            .map(MemberMunicipality::code)
            .filter(tenant::actsFor)
            .findFirst()
            .orElseThrow(() -> new ForbiddenException("the central city's staff"));
    List<JointApproval> approvals = repository.jointApprovals(draft.id());
    boolean otherApproved =
        approvals.stream().anyMatch(a -> !a.cityCode().equals(mine) && a.approves(draft));
    JointApproval own =
        approvals.stream()
            .filter(a -> a.cityCode().equals(mine))
            .findFirst()
            .orElseGet(
                () -> {
                  JointApproval added =
                      new JointApproval(draft.id(), mine, access.username(), clock.localNow());
                  repository.add(added);
                  return added;
                });
    own.approve(draft, access.username(), clock.localNow());
    return otherApproved;
  }

  /** The joint central cities' approvals of this draft as it stands (第9), by city code. */
  public java.util.Set<String> jointApprovalsOf(VisionVersion draft) {
    return repository.jointApprovals(draft.id()).stream()
        .filter(a -> a.approves(draft))
        .map(JointApproval::cityCode)
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Prepares the draft's adoption and publication for {@code at} (Japan time), or moves the time.
   * The gate is checked now, so that the office learns at once what stands in the way, and again at
   * the time; moving the time keeps the override reason given before.
   */
  @Transactional
  public void scheduleAdoption(long versionId, LocalDateTime at, String overrideReason) {
    access.requireRuns();
    VisionVersion draft = access.forUpdate(versionId);
    draft.requireDraft();
    String reason =
        (overrideReason == null || overrideReason.isBlank()) && draft.isAdoptionScheduled()
            ? draft.adoptOverrideReason()
            : overrideReason;
    requireStanding();
    check(draft).requireAdoptable(reason);
    if (!approvedByBothCities(draft)) {
      throw new VisionRefused("vision.error.joint-approval-first");
    }
    draft.scheduleAdoption(at, clock.localNow(), access.username(), reason);
  }

  @Transactional
  public void withdrawScheduledAdoption(long versionId) {
    access.requireRuns();
    access.forUpdate(versionId).withdrawScheduledAdoption();
  }

  /**
   * Adopts the drafts whose time has come (the publication job, no caller). A draft the gate no
   * longer lets through — a sign-off withdrawn, a part removed — is not adopted: its preparation is
   * withdrawn and the central city is told why.
   */
  @Override
  @Transactional
  public int publishDue() {
    int adopted = 0;
    for (VisionVersion draft : repository.adoptionsDue(clock.localNow())) {
      AdoptionCheck check = check(draft);
      try {
        requireStanding();
        check.requireAdoptable(draft.adoptOverrideReason());
      } catch (VisionRefused refused) {
        draft.withdrawScheduledAdoption();
        work.adoptionFailed(draft, refused.messageKey());
        continue;
      }
      adoptNow(draft, draft.adoptScheduledBy(), check, draft.adoptOverrideReason());
      adopted++;
    }
    return adopted;
  }

  /** 附則 第2: a city that has only asked to become a core city does not adopt a vision yet. */
  private void requireStanding() {
    if (!standing.permitsAgreementsAndVision()) {
      throw new VisionRefused("declaration.error.core-city-candidate");
    }
  }

  private void adoptNow(
      VisionVersion draft, String by, AdoptionCheck check, String overrideReason) {
    repository
        .withStatus(VisionStatus.ADOPTED)
        .ifPresent(
            old -> {
              old.supersede();
              indexing.changed(VisionSearch.NAME, old.id());
            });
    indexing.changed(VisionSearch.NAME, draft.id());
    draft.adopt(by, clock.localNow(), check.missingSignOffs().isEmpty() ? null : overrideReason);
    for (MemberMunicipality partner : currentCircle.profile().partners()) {
      repository.add(new VisionCopy(draft.id(), partner.code(), clock.localNow()));
    }
    work.adopted(draft);
    notices.publish(
        NoticeKind.VISION_ADOPTED,
        "vision",
        "notice.vision.adopted",
        locale ->
            new Object[] {
              draft.title(),
              OfficialDates.fiscalYear(draft.periodStart(), locale),
              OfficialDates.fiscalYear(draft.periodEnd(), locale)
            });
  }

  /** Puts a draft to the residents until {@code closes}, with a notice. */
  @Transactional
  public void openPublicComment(long versionId, LocalDate closes) {
    access.requireRuns();
    VisionVersion draft = access.forUpdate(versionId);
    draft.openPublicComment(clock.today(), closes);
    indexing.changed(VisionSearch.NAME, versionId);
    notices.publish(
        NoticeKind.VISION_PUBLIC_COMMENT,
        "vision/versions/" + draft.id() + "#feedback",
        "notice.vision.comment",
        locale -> new Object[] {draft.title(), OfficialDates.format(closes, locale)});
  }

  /** Copies of adopted visions sent to the caller's municipality that it has not confirmed. */
  public List<VisionCopy> copiesAwaitingReceipt() {
    if (!access.isPartnerOffice()) {
      return List.of();
    }
    return repository.copiesTo(tenant.municipalityCodes()).stream()
        .filter(c -> !c.isReceived())
        .toList();
  }

  @Transactional
  public void confirmReceipt(long copyId) {
    VisionCopy copy =
        copiesAwaitingReceipt().stream()
            .filter(c -> c.id() == copyId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("copy " + copyId));
    // Found within this transaction, so the copy is managed: the change is saved on commit.
    copy.receive(access.username(), clock.localNow());
  }
}
