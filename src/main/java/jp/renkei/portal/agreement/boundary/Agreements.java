package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.renkei.portal.agreement.control.AgreementAccess;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementText;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Initiative;
import jp.renkei.portal.agreement.entity.LifecycleViolation;
import jp.renkei.portal.agreement.entity.Parties;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The agreements of the request's circle (連携協約, 要綱 第5): reading them as the caller may, and
 * drafting and co-editing them. The lifecycle's steps are {@link AgreementLifecycle}, the councils'
 * comments {@link CouncilReview}, the residents' feedback {@link AgreementFeedback}. The circle
 * comes from the {@link TenantContext}, never from a form; every operation checks the caller's role
 * here, whatever the page showed. A refused step throws {@link LifecycleViolation} and changes
 * nothing.
 */
@ApplicationScoped
public class Agreements {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject AgreementAccess access;
  @Inject AgreementRepository repository;
  @Inject JapanClock clock;
  @Inject SearchIndexing indexing;
  @Inject jp.renkei.portal.platform.tenancy.ReadOnlyRequest readOnly;

  /** The agreements this caller may see, each with the newest version they may see. */
  public List<AgreementSummary> visible() {
    return repository.ofCircle().stream()
        .map(a -> summaryOf(a).orElse(null))
        .filter(s -> s != null)
        .toList();
  }

  /**
   * One agreement with the versions this caller may see; a 404 when they may see none. Its page,
   * its files, its comment form and its follow button each ask, and a GET changes nothing, so one
   * read serves them.
   */
  public AgreementRead read(long id) {
    return readOnly.once("agreement with the versions the caller sees", id, this::readNow);
  }

  private AgreementRead readNow(long id) {
    Agreement agreement = repository.find(id).orElseThrow(() -> notFound(id));
    List<AgreementVersion> versions = visibleVersions(agreement);
    if (versions.isEmpty()) {
      throw notFound(id);
    }
    return new AgreementRead(
        agreement,
        partnerOf(agreement),
        List.of(centralOf(agreement)),
        versions,
        access.seesDrafts(agreement),
        access.edits(agreement),
        access.runsLifecycle(agreement),
        parties(agreement),
        access.acknowledgedPrefectures());
  }

  /**
   * The consultation interval in months (要綱 第5(2)⑥) of each partner's agreement in force, by
   * partner code; partners without one in force, or whose clause names no interval, are absent.
   * Agreements in force are public, so anybody may ask.
   */
  public java.util.Map<String, Integer> consultationMonthsInForce() {
    java.util.Map<String, Integer> months = new java.util.HashMap<>();
    for (Agreement agreement : repository.ofCircle()) {
      agreement
          .versionInForce()
          .map(v -> v.text().consultationMonths())
          .ifPresent(m -> months.merge(agreement.partnerCode(), m, Math::min));
    }
    return months;
  }

  /**
   * The pairs that have no agreement yet and whose central city this caller works for: whom it can
   * start one with. Where two cities act jointly (要綱 第9), each neighbour pairs with each of them,
   * and the two cities with each other for the agreement on their roles.
   */
  public List<AgreementPair> pairsWithoutAgreement() {
    List<Agreement> existing = repository.ofCircle();
    List<MemberMunicipality> centrals = circle().centralCities();
    List<AgreementPair> pairs = new java.util.ArrayList<>();
    for (MemberMunicipality central : centrals) {
      if (!access.runsLifecycleFor(central.code())) {
        continue;
      }
      if (centrals.size() == 2 && central.equals(centrals.get(0))) {
        pairs.add(new AgreementPair(central, centrals.get(1)));
      }
      for (MemberMunicipality partner : circle().counterparts()) {
        pairs.add(new AgreementPair(central, partner));
      }
    }
    return pairs.stream().filter(p -> existing.stream().noneMatch(a -> binds(a, p))).toList();
  }

  /**
   * The central city starts an agreement with one of the circle's neighbours (or, 第9, the other
   * central city), named by {@link AgreementPair#key()}: an empty draft.
   */
  @Transactional
  public long startWith(String pairKey) {
    String[] codes = AgreementPair.codesOf(pairKey);
    if (codes == null || !access.runsLifecycleFor(codes[0])) {
      requireLifecycleRights();
      throw new LifecycleViolation("agreement.error.not-a-partner");
    }
    boolean exists =
        repository.ofCircle().stream()
            .anyMatch(a -> binds(a, codes[0], codes[1]) || binds(a, codes[1], codes[0]));
    if (exists) {
      throw new LifecycleViolation("agreement.error.agreement-exists");
    }
    if (pairsWithoutAgreement().stream().noneMatch(p -> p.key().equals(pairKey))) {
      throw new LifecycleViolation("agreement.error.not-a-partner");
    }
    Agreement agreement = new Agreement(circle().id(), codes[0], codes[1], clock.today());
    repository.add(agreement);
    repository.flush();
    indexing.changed(AgreementSearch.NAME, agreement.id());
    return agreement.id();
  }

  private static boolean binds(Agreement agreement, AgreementPair pair) {
    String central = pair.central().code();
    String partner = pair.partner().code();
    return binds(agreement, central, partner) || binds(agreement, partner, central);
  }

  private static boolean binds(Agreement agreement, String central, String partner) {
    return agreement.centralCode().equals(central) && agreement.partnerCode().equals(partner);
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
    indexing.changed(AgreementSearch.NAME, id);
  }

  /** The parties: the agreement's central city and its partner. */
  Parties parties(Agreement agreement) {
    List<MemberMunicipality> members = List.of(centralOf(agreement), partnerOf(agreement));
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
            centralOf(agreement),
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

  Agreement load(long id) {
    return repository.find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The circle's agreements whose termination notice takes effect by this day, locked. Not a
   * person's step: the calendar decides it, so no caller's role is asked.
   */
  List<Agreement> lapsingBy(LocalDate today) {
    return repository.ofCircle().stream()
        .filter(
            a ->
                a.versionInForce()
                    .flatMap(AgreementVersion::lapsesOn)
                    .filter(d -> !d.isAfter(today))
                    .isPresent())
        .map(a -> repository.findForUpdate(a.id()).orElseThrow())
        .toList();
  }

  Agreement loadForLifecycle(long id) {
    requireLifecycleRights();
    Agreement agreement = locked(id);
    if (!access.runsLifecycle(agreement)) {
      throw new ForbiddenException("agreement lifecycle " + id);
    }
    return agreement;
  }

  /** The agreement, locked, for the prefecture acknowledging a filing; nobody else. */
  Agreement loadForAcknowledgement(long id) {
    if (access.acknowledgedPrefectures().isEmpty()) {
      throw new ForbiddenException("agreement filings");
    }
    return locked(id);
  }

  /**
   * The agreement's files changed: its lock version is raised at commit, as a step raises it, so
   * that the page kept for its readers (files included) is rendered anew.
   */
  void filesChanged(long id) {
    locked(id);
  }

  /**
   * The agreement for a change, its lock version raised at commit (a forced increment): whatever
   * changes — a step, a record line, a file — the agreement's lock version names it.
   */
  private Agreement locked(long id) {
    return repository.findForUpdate(id).orElseThrow(() -> notFound(id));
  }

  /** The prefectures whose filings the caller acknowledges. */
  java.util.Set<String> acknowledgedPrefectures() {
    return access.acknowledgedPrefectures();
  }

  private void requireLifecycleRights() {
    if (!access.runsLifecycle()) {
      throw new ForbiddenException("agreement lifecycle");
    }
  }

  static AgreementVersion openVersion(Agreement agreement) {
    return agreement
        .openVersion()
        .orElseThrow(() -> new LifecycleViolation("agreement.error.no-open-version"));
  }

  static AgreementVersion latestConcluded(Agreement agreement, VersionStatus status) {
    return agreement.versions().stream()
        .filter(v -> v.status() == status)
        .max(Comparator.comparingInt(AgreementVersion::number))
        .orElseThrow(
            () ->
                new LifecycleViolation(
                    status == VersionStatus.CONCLUDED
                        ? "agreement.error.not-concluded"
                        : "agreement.error.not-promulgated"));
  }

  /** The agreement's central city: the circle's only one, or one of two acting jointly (第9). */
  MemberMunicipality centralOf(Agreement agreement) {
    return circle()
        .member(agreement.centralCode())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Central city not in circle: " + agreement.centralCode()));
  }

  MemberMunicipality partnerOf(Agreement agreement) {
    return circle()
        .member(agreement.partnerCode())
        .orElseThrow(
            () -> new IllegalStateException("Partner not in circle: " + agreement.partnerCode()));
  }

  CircleProfile circle() {
    return currentCircle.profile();
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("agreement " + id);
  }
}
