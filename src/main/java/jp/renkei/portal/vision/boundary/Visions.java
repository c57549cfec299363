package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.feedback.boundary.FeedbackDesk;
import jp.renkei.portal.feedback.boundary.FeedbackRefused;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.control.VisionSections;
import jp.renkei.portal.vision.entity.AdoptionCheck;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.PopulationTarget;
import jp.renkei.portal.vision.entity.Reflection;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.SectionKey;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionInitiative;
import jp.renkei.portal.vision.entity.VisionRefused;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The vision of the request's circle (要綱 第6). The central city's staff draft, consult, adopt and
 * open drafts to the residents; each partner's office reads the drafts it is consulted on, comments
 * in its own round and signs it off; roundtable members read the draft their meeting deliberates;
 * everybody reads the adopted vision and drafts put to the residents. Every operation checks the
 * caller here, whatever the page showed; what a caller may not see is a 404.
 */
@RequestScoped
public class Visions {

  @Inject TenantContext tenant;
  @Inject VisionRepository repository;
  @Inject Roundtable roundtable;
  @Inject NoticeBoard notices;
  @Inject FeedbackDesk feedback;
  @Inject JapanClock clock;

  // --- Reading -------------------------------------------------------------------------------

  /** The vision in force, public. */
  public Optional<VisionVersion> adopted() {
    return repository.withStatus(circleId(), VisionStatus.ADOPTED);
  }

  /** The draft put to the residents whose comment period runs today, public. */
  public Optional<VisionVersion> draftOpenForComment() {
    return repository
        .withStatus(circleId(), VisionStatus.DRAFT)
        .filter(v -> v.isCommentOpen(clock.today()));
  }

  /**
   * The versions the caller may read, newest first. Whom a draft is shown to is looked up once for
   * all versions (the caller's rounds, their roundtable meetings), not per version.
   */
  public List<VisionVersion> versions() {
    List<VisionVersion> all = repository.versions(circleId());
    if (runs()) {
      return all;
    }
    Set<Long> consultedOn = new java.util.HashSet<>();
    if (tenant.isMember() && tenant.hasRole(PortalRole.PARTNER_STAFF)) {
      for (MemberMunicipality m : tenant.getMembership().municipalities()) {
        repository.roundsOf(circleId(), m.code()).forEach(r -> consultedOn.add(r.versionId()));
      }
    }
    Set<Long> deliberated =
        tenant.isMember() && tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER)
            ? roundtable.deliberatedByCaller(all.stream().map(VisionVersion::id).toList())
            : Set.of();
    return all.stream()
        .filter(v -> v.isPublic() || consultedOn.contains(v.id()) || deliberated.contains(v.id()))
        .toList();
  }

  /** One version; a 404 unless the caller may read it. */
  public VisionRead read(long id) {
    VisionVersion version = readable(id);
    List<CommentRound> rounds =
        repository.rounds(version.id()).stream().filter(this::canSeeRound).toList();
    if (!runs()) {
      return new VisionRead(version, rounds, false, false, null, List.of(), List.of());
    }
    boolean editable =
        version.isDraft() && version.commentOpens() == null && !repository.hasRounds(version.id());
    return new VisionRead(
        version,
        rounds,
        true,
        editable,
        version.isDraft() ? adoptionCheck(version) : null,
        roundtable.deliberationsOf(repository.versionIdsOfCycle(circleId(), version.cycle())),
        repository.copies(version.id()));
  }

  /** Section by section, what changed since the version this one was made from. */
  public List<VisionSections.SectionChange> changes(long id, Locale locale) {
    VisionVersion version = readable(id);
    if (version.basedOnId() == null) {
      return List.of();
    }
    VisionVersion older =
        repository.version(circleId(), version.basedOnId()).orElseThrow(IllegalStateException::new);
    return VisionSections.compare(older, version, circle(), locale);
  }

  /** The version a version was made from, when the caller may read it. */
  public Optional<VisionVersion> basedOn(VisionVersion version) {
    return version.basedOnId() == null
        ? Optional.empty()
        : repository.version(circleId(), version.basedOnId()).filter(this::canRead);
  }

  // --- Drafting (central city) ---------------------------------------------------------------

  /** Starts the circle's first vision. Later visions are revisions of the adopted one. */
  @Transactional
  public long startFirstDraft(String title, int periodStart, int periodEnd) {
    requireRuns();
    if (!repository.versions(circleId()).isEmpty()) {
      throw new VisionRefused("vision.error.exists");
    }
    VisionVersion draft =
        new VisionVersion(
            circleId(), 1, title, periodStart, periodEnd, username(), clock.localNow());
    repository.add(draft);
    repository.flush();
    return draft.id();
  }

  /**
   * A new draft from this version: a redraft of the current draft (its rounds close, new rounds
   * show what changed) or the yearly revision of the adopted vision.
   */
  @Transactional
  public long newDraft(long fromId) {
    requireRuns();
    VisionVersion from = forUpdate(fromId);
    if (from.status() == VisionStatus.ADOPTED
        && repository.withStatus(circleId(), VisionStatus.DRAFT).isPresent()) {
      throw new VisionRefused("vision.error.draft-exists");
    }
    VisionVersion next =
        from.nextDraft(repository.nextNumber(circleId()), username(), clock.localNow());
    repository.add(next);
    repository.flush();
    return next.id();
  }

  /**
   * Saves title, future image, period and revision policy, unless somebody saved the draft since
   * the editor loaded it ({@code expectedLockVersion}).
   */
  @Transactional
  public void saveOutline(
      long id,
      long expectedLockVersion,
      String title,
      String futureImage,
      int periodStart,
      int periodEnd,
      String revisionPolicy) {
    VisionVersion draft = editable(id);
    if (draft.lockVersion() != expectedLockVersion) {
      throw new VisionRefused("vision.error.changed-since");
    }
    draft.outline(title, futureImage, periodStart, periodEnd, revisionPolicy);
  }

  @Transactional
  public void setTarget(long id, int fiscalYear, long population, BigDecimal ageingRate) {
    VisionVersion draft = editable(id);
    if (fiscalYear < draft.periodStart() - 10 || fiscalYear > draft.periodEnd() + 30) {
      throw new VisionRefused("vision.error.target-year");
    }
    draft.setTarget(new PopulationTarget(fiscalYear, population, ageingRate));
  }

  @Transactional
  public void removeTarget(long id, int fiscalYear) {
    editable(id).removeTarget(fiscalYear);
  }

  @Transactional
  public int addInitiative(long id, VisionInitiative.InitiativeContent content) {
    VisionVersion draft = editable(id);
    requireMembers(content.municipalities());
    return draft.addInitiative(content);
  }

  @Transactional
  public void changeInitiative(long id, int number, VisionInitiative.InitiativeContent content) {
    VisionVersion draft = editable(id);
    requireMembers(content.municipalities());
    draft.changeInitiative(number, content);
  }

  @Transactional
  public void removeInitiative(long id, int number) {
    editable(id).removeInitiative(number);
  }

  @Transactional
  public void addKpi(long id, Kpi.KpiDefinition definition) {
    VisionVersion draft = editable(id);
    requireMembers(
        List.of(definition.responsibleCode() == null ? "" : definition.responsibleCode()));
    draft.addKpi(definition);
  }

  @Transactional
  public void removeKpi(long id, String key) {
    editable(id).removeKpi(key);
  }

  // --- Comment rounds (第6(5)) ---------------------------------------------------------------

  /** The sections that concern a partner: the shared ones and the initiatives naming it. */
  public static List<String> proposedSections(VisionVersion version, String partnerCode) {
    Set<String> sections = new LinkedHashSet<>(SectionKey.SHARED);
    version.initiatives().stream()
        .filter(i -> i.concerns(partnerCode))
        .forEach(i -> sections.add(i.sectionKey()));
    return version.sectionKeys().stream().filter(sections::contains).toList();
  }

  /** Opens a partner's round on a draft; one per partner and draft. */
  @Transactional
  public long openRound(
      long versionId, String partnerCode, Collection<String> sections, LocalDate deadline) {
    requireRuns();
    VisionVersion draft = forUpdate(versionId);
    MemberMunicipality partner =
        circle()
            .member(partnerCode)
            .filter(m -> !m.isCentralCity())
            .orElseThrow(() -> new VisionRefused("vision.error.not-a-partner"));
    if (repository.rounds(draft.id()).stream()
        .anyMatch(r -> r.municipalityCode().equals(partner.code()))) {
      throw new VisionRefused("vision.error.round-exists");
    }
    CommentRound round =
        new CommentRound(draft, partner.code(), sections, deadline, username(), clock.localNow());
    repository.add(round);
    repository.flush();
    return round.id();
  }

  @Transactional
  public void extendRound(long roundId, LocalDate deadline) {
    requireRuns();
    CommentRound round = roundForUpdate(roundId);
    versionOf(round).requireDraft();
    round.extend(deadline, clock.today());
  }

  /** One round; a 404 unless the caller is the central city or the round's partner. */
  public RoundRead round(long roundId) {
    CommentRound round =
        repository
            .round(circleId(), roundId)
            .filter(this::canSeeRound)
            .orElseThrow(() -> new NotFoundException("round " + roundId));
    VisionVersion version = versionOf(round);
    CommentRound previous =
        version.basedOnId() == null
            ? null
            : repository.rounds(version.basedOnId()).stream()
                .filter(r -> r.municipalityCode().equals(round.municipalityCode()))
                .findFirst()
                .orElse(null);
    List<Long> roundIds =
        previous == null ? List.of(round.id()) : List.of(round.id(), previous.id());
    return new RoundRead(
        round,
        version,
        round.state(version.status(), clock.today()),
        repository.comments(roundIds),
        runs(),
        actsAsPartnerFor(round.municipalityCode()) && version.isDraft() && !round.isSignedOff(),
        previous);
  }

  /** A partner's comment on a section of its round. */
  @Transactional
  public void comment(long roundId, String section, String body) {
    CommentRound round = roundForUpdate(roundId);
    versionOf(round).requireDraft();
    repository.add(round.comment(actingCode(round), section, username(), body, clock.localNow()));
  }

  /** The central city's answer to a comment: reflected or not, and why. */
  @Transactional
  public void answer(long roundId, long commentId, Reflection reflection, String reason) {
    requireRuns();
    CommentRound round = roundForUpdate(roundId);
    RoundComment comment =
        repository
            .comment(round.id(), commentId)
            .orElseThrow(() -> new NotFoundException("comment " + commentId));
    comment.answer(reflection, reason, username(), clock.localNow());
  }

  /** The partner signs its part of the draft off. */
  @Transactional
  public void signOff(long roundId) {
    CommentRound round = roundForUpdate(roundId);
    versionOf(round).requireDraft();
    round.signOff(actingCode(round), username(), clock.localNow());
  }

  /** The matrix of sections × partners for a draft: for the central city. */
  public RoundMatrix matrix(long versionId) {
    requireRuns();
    VisionVersion version = readable(versionId);
    List<CommentRound> rounds = repository.rounds(version.id());
    return RoundMatrix.of(
        version,
        circle().partners(),
        rounds,
        repository.comments(rounds.stream().map(CommentRound::id).toList()),
        clock.today());
  }

  // --- Deliberation, public comment, adoption ------------------------------------------------

  /** Meetings a draft can be put to, for the central city. */
  public List<RoundtableMeeting> meetingsForDeliberation() {
    return roundtable.openMeetings();
  }

  /** Records that a roundtable meeting deliberated this draft (第6(2)). */
  @Transactional
  public void recordDeliberation(long versionId, long meetingId) {
    requireRuns();
    forUpdate(versionId).requireDraft();
    roundtable.recordDeliberation(meetingId, versionId);
  }

  public AdoptionCheck adoptionCheck(VisionVersion version) {
    boolean deliberated =
        roundtable
            .deliberationsOf(repository.versionIdsOfCycle(circleId(), version.cycle()))
            .stream()
            .anyMatch(m -> m.hasDeliberated(clock.localNow()));
    List<CommentRound> rounds = repository.rounds(version.id());
    List<String> missing =
        circle().partners().stream()
            .map(MemberMunicipality::code)
            .filter(
                code ->
                    rounds.stream()
                        .noneMatch(r -> r.municipalityCode().equals(code) && r.isSignedOff()))
            .toList();
    return new AdoptionCheck(deliberated, missing);
  }

  /**
   * Adopts the draft: the gate must pass, or the sign-offs are overridden with a reason kept on the
   * record. A copy goes to every partner and the vision is published (第6(6)).
   */
  @Transactional
  public void adopt(long versionId, String overrideReason) {
    requireRuns();
    VisionVersion draft = forUpdate(versionId);
    draft.requireDraft();
    AdoptionCheck check = adoptionCheck(draft);
    check.requireAdoptable(overrideReason);
    adopted().ifPresent(VisionVersion::supersede);
    draft.adopt(
        username(), clock.localNow(), check.missingSignOffs().isEmpty() ? null : overrideReason);
    for (MemberMunicipality partner : circle().partners()) {
      repository.add(new VisionCopy(draft.id(), partner.code(), clock.localNow()));
    }
    notices.publish(
        circleId(),
        NoticeKind.VISION_ADOPTED,
        Messages.text(Locale.JAPANESE, "notice.vision.adopted.title", draft.title()),
        Messages.text(Locale.ENGLISH, "notice.vision.adopted.title", draft.title()),
        adoptedBody(Locale.JAPANESE, draft),
        adoptedBody(Locale.ENGLISH, draft),
        "vision");
  }

  /** Puts a draft to the residents until {@code closes}, with a notice. */
  @Transactional
  public void openPublicComment(long versionId, LocalDate closes) {
    requireRuns();
    VisionVersion draft = forUpdate(versionId);
    draft.openPublicComment(clock.today(), closes);
    notices.publish(
        circleId(),
        NoticeKind.VISION_PUBLIC_COMMENT,
        Messages.text(Locale.JAPANESE, "notice.vision.comment.title", draft.title()),
        Messages.text(Locale.ENGLISH, "notice.vision.comment.title", draft.title()),
        Messages.text(
            Locale.JAPANESE,
            "notice.vision.comment.body",
            OfficialDates.format(closes, Locale.JAPANESE)),
        Messages.text(
            Locale.ENGLISH,
            "notice.vision.comment.body",
            OfficialDates.format(closes, Locale.ENGLISH)),
        "vision/versions/" + draft.id());
  }

  // --- Copies to the partners (第6(6)) -------------------------------------------------------

  /** Copies of adopted visions sent to the caller's municipality that it has not confirmed. */
  public List<VisionCopy> copiesAwaitingReceipt() {
    if (!tenant.isMember() || !tenant.hasRole(PortalRole.PARTNER_STAFF)) {
      return List.of();
    }
    List<String> mine =
        tenant.getMembership().municipalities().stream().map(MemberMunicipality::code).toList();
    return repository.copiesTo(circleId(), mine).stream().filter(c -> !c.isReceived()).toList();
  }

  @Transactional
  public void confirmReceipt(long copyId) {
    VisionCopy copy =
        copiesAwaitingReceipt().stream()
            .filter(c -> c.id() == copyId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("copy " + copyId));
    // Found within this transaction, so the copy is managed: the change is saved on commit.
    copy.receive(username(), clock.localNow());
  }

  // --- Residents' comments (shared feedback desk) --------------------------------------------

  /** A resident's opinion on a draft put to the residents, during its period. */
  @Transactional
  public void giveFeedback(long versionId, String section, String body) {
    if (!tenant.hasRole(PortalRole.RESIDENT)) {
      throw new ForbiddenException("feedback needs the resident role");
    }
    VisionVersion version = readable(versionId);
    if (!version.isDraft() || !version.isCommentOpen(clock.today())) {
      throw new FeedbackRefused("feedback.error.closed");
    }
    String key = section == null || section.isBlank() ? null : section;
    if (key != null && !version.hasSection(key)) {
      throw new FeedbackRefused("feedback.error.clause");
    }
    feedback.submit(circleId(), subjectOf(version), key, username(), body);
  }

  /** Everything residents said on a version, hidden items included: for the central city. */
  public List<Feedback> feedbackOn(long versionId) {
    requireRuns();
    return feedback.all(circleId(), subjectOf(readable(versionId)));
  }

  public boolean isFeedbackSummaryPublished(VisionVersion version) {
    return feedback.isSummaryPublished(subjectOf(version));
  }

  @Transactional
  public void hideFeedback(long versionId, long feedbackId, String reason) {
    requireRuns();
    readable(versionId);
    feedback.hide(circleId(), feedbackId, reason, username());
  }

  @Transactional
  public void respondToFeedback(long versionId, long feedbackId, String response) {
    requireRuns();
    readable(versionId);
    feedback.respond(circleId(), feedbackId, response);
  }

  /** Publishes the opinions with the central city's responses (意見と考え方), after the period. */
  @Transactional
  public void publishFeedbackSummary(long versionId) {
    requireRuns();
    VisionVersion version = readable(versionId);
    if (version.commentCloses() == null) {
      throw new FeedbackRefused("feedback.error.no-period");
    }
    if (!clock.today().isAfter(version.commentCloses())) {
      throw new FeedbackRefused("feedback.error.still-open");
    }
    FeedbackSubject subject = subjectOf(version);
    feedback.markSummaryPublished(subject, username());
    List<Feedback> shown = feedback.shown(circleId(), subject);
    notices.publish(
        circleId(),
        NoticeKind.FEEDBACK_RESPONSE,
        Messages.text(Locale.JAPANESE, "notice.vision.feedback.title", version.title()),
        Messages.text(Locale.ENGLISH, "notice.vision.feedback.title", version.title()),
        FeedbackDesk.summary(Locale.JAPANESE, shown),
        FeedbackDesk.summary(Locale.ENGLISH, shown),
        "vision/versions/" + version.id());
  }

  public byte[] feedbackCsv(long versionId, Locale locale) {
    requireRuns();
    VisionVersion version = readable(versionId);
    return feedback.csv(
        circleId(),
        subjectOf(version),
        locale,
        key -> VisionSections.heading(version, key, locale));
  }

  // --- KPIs ----------------------------------------------------------------------------------

  /** The actuals of the circle's KPIs, all years: public. */
  public List<KpiActual> actuals() {
    return repository.actuals(circleId());
  }

  /** True when the caller reports this KPI: staff of its responsible municipality. */
  public boolean reports(Kpi kpi) {
    return tenant.isOfficeStaff() && tenant.actsFor(kpi.responsibleCode());
  }

  /**
   * Enters (or corrects) the actual of an adopted KPI for a fiscal year within the vision's period
   * and not in the future; by the municipality responsible for it.
   */
  @Transactional
  public void enterActual(String kpiKey, int fiscalYear, String typed) {
    VisionVersion vision =
        adopted().orElseThrow(() -> new VisionRefused("vision.error.none-adopted"));
    Kpi kpi = vision.kpi(kpiKey).orElseThrow(() -> new NotFoundException("kpi " + kpiKey));
    if (!reports(kpi)) {
      throw new ForbiddenException("kpi " + kpiKey + " is reported by " + kpi.responsibleCode());
    }
    BigDecimal value = KpiActual.parse(typed);
    if (fiscalYear < kpi.baselineYear() || fiscalYear > clock.fiscalYear()) {
      throw new VisionRefused("vision.error.kpi-year");
    }
    Optional<KpiActual> existing = repository.actual(circleId(), kpiKey, fiscalYear);
    if (existing.isPresent()) {
      existing.get().correct(value, username(), clock.localNow());
    } else {
      repository.add(
          new KpiActual(circleId(), kpiKey, fiscalYear, value, username(), clock.localNow()));
    }
  }

  // --- Who may do what -----------------------------------------------------------------------

  /** True for the central city's staff of this circle: they draft, consult and adopt. */
  public boolean runs() {
    return tenant.isCentralCityStaff();
  }

  private boolean canRead(VisionVersion version) {
    if (version.isPublic() || runs()) {
      return true;
    }
    if (tenant.isMember()
        && tenant.hasRole(PortalRole.PARTNER_STAFF)
        && repository.rounds(version.id()).stream()
            .anyMatch(r -> tenant.actsFor(r.municipalityCode()))) {
      return true;
    }
    return tenant.isMember()
        && tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER)
        && roundtable.callerDeliberates(version.id());
  }

  private boolean canSeeRound(CommentRound round) {
    return runs() || actsAsPartnerFor(round.municipalityCode());
  }

  private boolean actsAsPartnerFor(String code) {
    return tenant.isMember() && tenant.hasRole(PortalRole.PARTNER_STAFF) && tenant.actsFor(code);
  }

  /** The code the caller acts for in a round: the round's own when they may; refused otherwise. */
  private String actingCode(CommentRound round) {
    if (actsAsPartnerFor(round.municipalityCode())) {
      return round.municipalityCode();
    }
    if (runs()) {
      // The central city sees every round but speaks in none: say so instead of a bare 403.
      throw new VisionRefused("vision.error.not-your-round");
    }
    throw new NotFoundException("round " + round.id());
  }

  private void requireMembers(Collection<String> codes) {
    for (String code : codes) {
      if (circle().member(code).isEmpty()) {
        throw new VisionRefused("vision.error.not-a-member");
      }
    }
  }

  private VisionVersion readable(long id) {
    return repository
        .version(circleId(), id)
        .filter(this::canRead)
        .orElseThrow(() -> new NotFoundException("vision version " + id));
  }

  private VisionVersion editable(long id) {
    requireRuns();
    VisionVersion draft = forUpdate(id);
    draft.requireEditable(repository.hasRounds(draft.id()));
    return draft;
  }

  private VisionVersion forUpdate(long id) {
    return repository
        .versionForUpdate(circleId(), id)
        .orElseThrow(() -> new NotFoundException("vision version " + id));
  }

  private CommentRound roundForUpdate(long roundId) {
    return repository
        .roundForUpdate(circleId(), roundId)
        .filter(this::canSeeRound)
        .orElseThrow(() -> new NotFoundException("round " + roundId));
  }

  private VisionVersion versionOf(CommentRound round) {
    return repository.version(circleId(), round.versionId()).orElseThrow();
  }

  private void requireRuns() {
    if (!runs()) {
      throw new ForbiddenException("vision of " + tenant.getCircle().slug());
    }
  }

  private static String adoptedBody(Locale locale, VisionVersion version) {
    return Messages.text(
        locale,
        "notice.vision.adopted.body",
        OfficialDates.fiscalYear(version.periodStart(), locale),
        OfficialDates.fiscalYear(version.periodEnd(), locale));
  }

  private static FeedbackSubject subjectOf(VisionVersion version) {
    return new FeedbackSubject(FeedbackSubject.Type.VISION_VERSION, version.id());
  }

  private CircleProfile circle() {
    return tenant.getCircle();
  }

  private long circleId() {
    return circle().id();
  }

  private String username() {
    return tenant.getCaller().username();
  }
}
