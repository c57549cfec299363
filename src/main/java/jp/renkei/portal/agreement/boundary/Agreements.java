package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.renkei.portal.agreement.control.AgreementAccess;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.Parties;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.feedback.boundary.FeedbackDesk;
import jp.renkei.portal.feedback.boundary.FeedbackRefused;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * The agreements of the request's circle (連携協約, 要綱 第5): reading them as the caller may, drafting
 * and co-editing, and every step of the lifecycle. The circle comes from the {@link TenantContext},
 * never from a form; every operation checks the caller's role here, whatever the page showed. A
 * refused step throws {@link jp.renkei.portal.agreement.entity.LifecycleViolation} and changes
 * nothing.
 */
@RequestScoped
public class Agreements {

  @Inject TenantContext tenant;
  @Inject AgreementAccess access;
  @Inject AgreementRepository repository;
  @Inject NoticeBoard notices;
  @Inject FeedbackDesk feedback;
  @Inject JapanClock clock;

  /** The agreements this caller may see, each with the newest version they may see. */
  public List<AgreementSummary> visible() {
    return repository.ofCircle(circle().id()).stream()
        .map(a -> summaryOf(a).orElse(null))
        .filter(s -> s != null)
        .toList();
  }

  /** One agreement with the versions this caller may see; a 404 when they may see none. */
  public AgreementRead read(long id) {
    Agreement agreement = repository.find(circle().id(), id).orElseThrow(() -> notFound(id));
    List<AgreementVersion> versions = visibleVersions(agreement);
    if (versions.isEmpty()) {
      throw notFound(id);
    }
    return new AgreementRead(
        agreement,
        partnerOf(agreement),
        circle().centralCities(),
        versions,
        access.seesDrafts(agreement),
        access.edits(agreement),
        access.runsLifecycle(),
        parties(agreement));
  }

  /**
   * The consultation interval in months (要綱 第5(2)⑥) of each partner's agreement in force, by
   * partner code; partners without one in force, or whose clause names no interval, are absent.
   * Agreements in force are public, so anybody may ask.
   */
  public java.util.Map<String, Integer> consultationMonthsInForce() {
    java.util.Map<String, Integer> months = new java.util.HashMap<>();
    for (Agreement agreement : repository.ofCircle(circle().id())) {
      agreement
          .versionInForce()
          .map(v -> v.text().consultationMonths())
          .ifPresent(m -> months.put(agreement.partnerCode(), m));
    }
    return months;
  }

  /**
   * Partners of the circle that have no agreement yet: whom the central city can start one with.
   */
  public List<MemberMunicipality> partnersWithoutAgreement() {
    List<String> taken =
        repository.ofCircle(circle().id()).stream().map(Agreement::partnerCode).toList();
    return circle().partners().stream().filter(p -> !taken.contains(p.code())).toList();
  }

  /** The central city starts an agreement with one of the circle's partners: an empty draft. */
  @Transactional
  public long startWith(String partnerCode) {
    requireLifecycleRights();
    if (circle().partners().stream().noneMatch(p -> p.code().equals(partnerCode))) {
      throw new jp.renkei.portal.agreement.entity.LifecycleViolation(
          "agreement.error.not-a-partner");
    }
    if (repository.existsFor(circle().id(), partnerCode)) {
      throw new jp.renkei.portal.agreement.entity.LifecycleViolation(
          "agreement.error.agreement-exists");
    }
    Agreement agreement = new Agreement(circle().id(), partnerCode, clock.today());
    repository.add(agreement);
    repository.flush();
    return agreement.id();
  }

  /**
   * Saves the open draft, unless somebody saved it since the editor loaded it ({@code
   * expectedLockVersion}): then nothing is written and {@link ConcurrentEditException} says so.
   */
  @Transactional
  public void saveDraft(
      long id, long expectedLockVersion, AgreementText text, List<Initiative> initiatives) {
    Agreement agreement = load(id);
    if (!access.edits(agreement)) {
      throw new ForbiddenException("edit agreement " + id);
    }
    AgreementVersion draft = openVersion(agreement);
    if (draft.lockVersion() != expectedLockVersion) {
      throw new ConcurrentEditException();
    }
    draft.revise(text, initiatives, tenant.getCaller().username());
    repository.flush();
  }

  @Transactional
  public void notifyResidents(long id, LocalDate opens, LocalDate closes) {
    Agreement agreement = loadForLifecycle(id);
    AgreementVersion version = openVersion(agreement);
    version.notifyResidents(opens, closes);
    publish(
        agreement, NoticeKind.AGREEMENT_DRAFT, "notice.agreement.draft", version, opens, closes);
  }

  @Transactional
  public void submitToCouncils(long id) {
    openVersion(loadForLifecycle(id)).submitToCouncils(clock.today());
  }

  @Transactional
  public void recordResolution(long id, String municipality, LocalDate on, String number) {
    Agreement agreement = loadForLifecycle(id);
    openVersion(agreement).recordResolution(parties(agreement), municipality, on, number);
  }

  @Transactional
  public void conclude(long id, LocalDate on) {
    Agreement agreement = loadForLifecycle(id);
    AgreementVersion version = openVersion(agreement);
    version.conclude(parties(agreement), on);
    publish(
        agreement, NoticeKind.AGREEMENT_CONCLUDED, "notice.agreement.concluded", version, on, on);
  }

  @Transactional
  public void recordPromulgation(long id, String municipality, String number, LocalDate on) {
    Agreement agreement = loadForLifecycle(id);
    AgreementVersion version = latestConcluded(agreement, VersionStatus.CONCLUDED);
    version.recordPromulgation(parties(agreement), municipality, number, on);
    if (version.status() == VersionStatus.PROMULGATED) {
      publish(
          agreement,
          NoticeKind.AGREEMENT_PROMULGATED,
          "notice.agreement.promulgated",
          version,
          on,
          on);
    }
  }

  @Transactional
  public void recordFiling(long id, String recipient, LocalDate on) {
    Agreement agreement = loadForLifecycle(id);
    latestConcluded(agreement, VersionStatus.PROMULGATED)
        .recordFiling(parties(agreement), recipient, on);
  }

  @Transactional
  public void notifyTermination(long id, LocalDate on) {
    Agreement agreement = loadForLifecycle(id);
    AgreementVersion inForce =
        agreement
            .versionInForce()
            .orElseThrow(
                () ->
                    new jp.renkei.portal.agreement.entity.LifecycleViolation(
                        "agreement.error.not-in-force"));
    inForce.notifyTermination(on);
    publish(
        agreement,
        NoticeKind.AGREEMENT_TERMINATION,
        "notice.agreement.termination",
        inForce,
        on,
        inForce.lapsesOn().orElseThrow());
  }

  @Transactional
  public int startAmendment(long id) {
    return loadForLifecycle(id).startAmendment(clock.today()).number();
  }

  @Transactional
  public int startAbolition(long id) {
    return loadForLifecycle(id).startAbolition(clock.today()).number();
  }

  /**
   * A council member of one of the two municipalities comments on one clause of a version that is
   * still before the vote.
   */
  @Transactional
  public void commentOnClause(long id, int versionNumber, String clause, String body) {
    Agreement agreement = load(id);
    if (!tenant.hasRole(jp.renkei.portal.platform.security.PortalRole.COUNCIL_MEMBER)
        || !access.seesDrafts(agreement)) {
      throw new ForbiddenException("council comment on agreement " + id);
    }
    AgreementVersion version = agreement.version(versionNumber).orElseThrow(() -> notFound(id));
    if (version.status().isConcluded()) {
      throw new jp.renkei.portal.agreement.entity.LifecycleViolation(
          "agreement.error.comment-after-vote");
    }
    jp.renkei.portal.agreement.entity.Clause which;
    try {
      which = jp.renkei.portal.agreement.entity.Clause.valueOf(clause);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new jp.renkei.portal.agreement.entity.LifecycleViolation("feedback.error.clause");
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()
        || text.length() > jp.renkei.portal.agreement.entity.ClauseComment.MAX_LENGTH) {
      throw new jp.renkei.portal.agreement.entity.LifecycleViolation(
          "agreement.error.comment-length");
    }
    String municipality =
        tenant.getMembership().municipalities().stream()
            .map(MemberMunicipality::code)
            .filter(parties(agreement)::includes)
            .findFirst()
            .orElseThrow(() -> new ForbiddenException("not a party's council"));
    repository.addComment(
        new jp.renkei.portal.agreement.entity.ClauseComment(
            version.id(), which, tenant.getCaller().username(), municipality, text, clock.now()));
  }

  /** The council members' comments on a version, for those who see drafts. */
  public List<jp.renkei.portal.agreement.entity.ClauseComment> clauseComments(
      AgreementRead read, AgreementVersion version) {
    return read.seesDrafts() ? repository.commentsOn(version.id()) : List.of();
  }

  /** A resident's opinion on the published draft, during its feedback period (第5(3)①). */
  @Transactional
  public void giveFeedback(long id, String clause, String body) {
    if (!tenant.hasRole(jp.renkei.portal.platform.security.PortalRole.RESIDENT)) {
      throw new ForbiddenException("feedback needs the resident role");
    }
    Agreement agreement = load(id);
    AgreementVersion version =
        agreement
            .openVersion()
            .filter(v -> v.isFeedbackOpen(clock.today()))
            .orElseThrow(() -> new FeedbackRefused("feedback.error.closed"));
    if (clause != null && !clause.isBlank()) {
      try {
        jp.renkei.portal.agreement.entity.Clause.valueOf(clause);
      } catch (IllegalArgumentException e) {
        throw new FeedbackRefused("feedback.error.clause");
      }
    }
    feedback.submit(
        circle().id(),
        subjectOf(version),
        clause == null || clause.isBlank() ? null : clause,
        tenant.getCaller().username(),
        body);
  }

  /**
   * The feedback on a version: all of it for the central city, what is not hidden for the councils.
   */
  public List<Feedback> feedbackOn(long id, int versionNumber) {
    AgreementRead read = read(id);
    AgreementVersion version = read.version(versionNumber).orElseThrow(() -> notFound(id));
    if (access.runsLifecycle()) {
      return feedback.all(circle().id(), subjectOf(version));
    }
    if (read.seesDrafts()) {
      return feedback.shown(circle().id(), subjectOf(version));
    }
    throw new ForbiddenException("feedback of agreement " + id);
  }

  @Transactional
  public void hideFeedback(long id, long feedbackId, String reason) {
    load(id);
    requireLifecycleRights();
    feedback.hide(circle().id(), feedbackId, reason, tenant.getCaller().username());
  }

  @Transactional
  public void respondToFeedback(long id, long feedbackId, String response) {
    load(id);
    requireLifecycleRights();
    feedback.respond(circle().id(), feedbackId, response);
  }

  /**
   * Publishes the opinions received on the notified version with the central city's response to
   * each (意見と考え方) as a notice, once the feedback period is over.
   */
  @Transactional
  public void publishFeedbackSummary(long id) {
    Agreement agreement = loadForLifecycle(id);
    AgreementVersion version =
        agreement.versions().stream()
            .filter(v -> v.feedbackCloses() != null)
            .max(Comparator.comparingInt(AgreementVersion::number))
            .orElseThrow(() -> new FeedbackRefused("feedback.error.no-period"));
    if (version.isFeedbackOpen(clock.today())) {
      throw new FeedbackRefused("feedback.error.still-open");
    }
    FeedbackSubject subject = subjectOf(version);
    feedback.markSummaryPublished(subject, tenant.getCaller().username());
    List<Feedback> shown = feedback.shown(circle().id(), subject);
    MemberMunicipality partner = partnerOf(agreement);
    notices.publish(
        circle().id(),
        NoticeKind.FEEDBACK_RESPONSE,
        Messages.text(Locale.JAPANESE, "notice.feedback.title", partner.nameIn(Locale.JAPANESE)),
        Messages.text(Locale.ENGLISH, "notice.feedback.title", partner.nameIn(Locale.ENGLISH)),
        FeedbackDesk.summary(Locale.JAPANESE, shown),
        FeedbackDesk.summary(Locale.ENGLISH, shown),
        "agreements/" + agreement.id() + "?v=" + version.number());
  }

  /** All feedback on a version as CSV (UTF-8 with BOM): for the central city. */
  public byte[] feedbackCsv(long id, int versionNumber, Locale locale) {
    requireLifecycleRights();
    AgreementVersion version = load(id).version(versionNumber).orElseThrow(() -> notFound(id));
    return feedback.csv(
        circle().id(),
        subjectOf(version),
        locale,
        clause -> Messages.text(locale, "agreement.clause." + clause));
  }

  public boolean isFeedbackSummaryPublished(AgreementVersion version) {
    return feedback.isSummaryPublished(subjectOf(version));
  }

  private static FeedbackSubject subjectOf(AgreementVersion version) {
    return new FeedbackSubject(FeedbackSubject.Type.AGREEMENT_VERSION, version.id());
  }

  /** The parties: the central city (both, when two act jointly) and the partner. */
  Parties parties(Agreement agreement) {
    List<MemberMunicipality> members = new java.util.ArrayList<>(circle().centralCities());
    members.add(partnerOf(agreement));
    return new Parties(
        members.stream().map(MemberMunicipality::code).toList(),
        members.stream().map(m -> m.prefecture().code()).collect(Collectors.toSet()));
  }

  private Optional<AgreementSummary> summaryOf(Agreement agreement) {
    List<AgreementVersion> versions = visibleVersions(agreement);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    AgreementVersion newest = versions.get(versions.size() - 1);
    AgreementVersion inForce = agreement.versionInForce().orElse(null);
    return Optional.of(
        new AgreementSummary(
            agreement.id(),
            partnerOf(agreement),
            newest.number(),
            newest.kind(),
            newest.status(),
            inForce == null ? null : inForce.concludedOn(),
            inForce == null ? null : inForce.lapsesOn().orElse(null),
            agreement.isAbolished()));
  }

  private List<AgreementVersion> visibleVersions(Agreement agreement) {
    return access.seesDrafts(agreement)
        ? agreement.versions().stream()
            .sorted(Comparator.comparingInt(AgreementVersion::number))
            .toList()
        : agreement.publicVersions();
  }

  private void publish(
      Agreement agreement,
      NoticeKind kind,
      String keyPrefix,
      AgreementVersion version,
      LocalDate first,
      LocalDate second) {
    MemberMunicipality partner = partnerOf(agreement);
    MemberMunicipality central = circle().centralCities().get(0);
    notices.publish(
        circle().id(),
        kind,
        text(Locale.JAPANESE, keyPrefix + ".title", central, partner, version, first, second),
        text(Locale.ENGLISH, keyPrefix + ".title", central, partner, version, first, second),
        text(Locale.JAPANESE, keyPrefix + ".body", central, partner, version, first, second),
        text(Locale.ENGLISH, keyPrefix + ".body", central, partner, version, first, second),
        "agreements/" + agreement.id());
  }

  private static String text(
      Locale locale,
      String key,
      MemberMunicipality central,
      MemberMunicipality partner,
      AgreementVersion version,
      LocalDate first,
      LocalDate second) {
    return Messages.text(
        locale,
        key,
        central.nameIn(locale),
        partner.nameIn(locale),
        Messages.text(locale, version.kind().messageKey()),
        OfficialDates.format(first, locale),
        OfficialDates.format(second, locale));
  }

  private Agreement load(long id) {
    return repository.find(circle().id(), id).orElseThrow(() -> notFound(id));
  }

  private Agreement loadForLifecycle(long id) {
    requireLifecycleRights();
    return repository.findForUpdate(circle().id(), id).orElseThrow(() -> notFound(id));
  }

  private void requireLifecycleRights() {
    if (!access.runsLifecycle()) {
      throw new ForbiddenException("agreement lifecycle");
    }
  }

  private static AgreementVersion openVersion(Agreement agreement) {
    return agreement
        .openVersion()
        .orElseThrow(
            () ->
                new jp.renkei.portal.agreement.entity.LifecycleViolation(
                    "agreement.error.no-open-version"));
  }

  private static AgreementVersion latestConcluded(Agreement agreement, VersionStatus status) {
    return agreement.versions().stream()
        .filter(v -> v.status() == status)
        .max(Comparator.comparingInt(AgreementVersion::number))
        .orElseThrow(
            () ->
                new jp.renkei.portal.agreement.entity.LifecycleViolation(
                    status == VersionStatus.CONCLUDED
                        ? "agreement.error.not-concluded"
                        : "agreement.error.not-promulgated"));
  }

  private MemberMunicipality partnerOf(Agreement agreement) {
    return circle()
        .member(agreement.partnerCode())
        .orElseThrow(
            () -> new IllegalStateException("Partner not in circle: " + agreement.partnerCode()));
  }

  private CircleProfile circle() {
    return tenant.getCircle();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("agreement " + id);
  }
}
