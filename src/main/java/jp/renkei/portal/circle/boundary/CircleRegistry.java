package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CircleChangeRefused;
import jp.renkei.portal.circle.entity.CircleSlug;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.DeclarationCopy;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.JointEligibility;
import jp.renkei.portal.circle.entity.Municipality;
import jp.renkei.portal.platform.i18n.LocalizedName;
import jp.renkei.portal.platform.localgov.InvalidMunicipalityCodeException;
import jp.renkei.portal.platform.localgov.Kana;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.localgov.MunicipalityKind;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The circle context's write boundary: creating a circle with its central city (or two acting
 * jointly, 要綱 第9), admitting and removing partners, and the facts kept about the request's circle —
 * the declaration (第4), commuting ratios (第5(1)), the central city's eligibility (第3) and who
 * administers its people. For portal administrators; other contexts orchestrate it (the
 * administration adds Keycloak's groups and the audit). A refused change throws {@link
 * CircleChangeRefused} and changes nothing.
 *
 * <pre>{@code
 * registry.create("morioka", "盛岡圏域", "Morioka", List.of(new NewMunicipality("032018", …)));
 * registry.admitPartner(new NewMunicipality("033227", "雫石町", "Shizukuishi", "TOWN"));
 * }</pre>
 */
@ApplicationScoped
public class CircleRegistry {

  @Inject CircleRepository repository;
  @Inject CircleCatalog catalog;
  @Inject CurrentCaller caller;
  @Inject TenantContext tenant;
  @Inject SearchIndexing indexing;
  @Inject JapanClock clock;

  @Inject DirectoryChanges directoryChanges;
  @Inject PartnerAgreements agreements;

  /** Creates a circle and its central city (or two); returns the central cities' codes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> create(
      String slug, String nameJa, String nameEn, List<NewMunicipality> centralCities) {
    requireAdmin();
    if (!CircleSlug.isWellFormed(slug)) {
      throw new CircleChangeRefused("admin.error.slug");
    }
    if (repository.slugTaken(slug)) {
      throw new CircleChangeRefused("admin.error.slug-taken");
    }
    List<NewMunicipality> cities =
        centralCities.stream().filter(m -> m.code() != null && !m.code().isBlank()).toList();
    if (cities.isEmpty() || cities.size() > 2) {
      throw new CircleChangeRefused("admin.error.central-city-required");
    }
    Circle circle = new Circle(new CircleSlug(slug), name(nameJa, nameEn));
    for (NewMunicipality city : cities) {
      circle.appointCentralCity(municipality(city));
    }
    repository.add(circle);
    repository.flush();
    indexing.changedIn(circle.id(), CircleSearch.NAME, circle.id());
    refreshAfterCommit();
    return circle.members().stream().map(m -> m.municipality().code().value()).toList();
  }

  /** Admits a partner into the request's circle; returns its code. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String admitPartner(NewMunicipality partner) {
    requireAdmin();
    Municipality municipality = municipality(partner);
    repository.current().admitPartner(municipality);
    repository.flush();
    indexing.changed(CircleSearch.NAME, tenant.circleId());
    refreshAfterCommit();
    return municipality.code().value();
  }

  /**
   * Removes a member from the request's circle; never the central city, nor a municipality with an
   * agreement that has not been abolished (its agreement would lose its partner).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String removePartner(String code) {
    requireAdmin();
    MunicipalityCode municipality = code(code);
    if (agreements.bindsInCurrentCircle(municipality.value())) {
      throw new CircleChangeRefused("admin.error.partner-has-agreement");
    }
    repository.current().removePartner(municipality);
    repository.flush();
    indexing.changed(CircleSearch.NAME, tenant.circleId());
    refreshAfterCommit();
    return municipality.value();
  }

  /**
   * Records the declaration (第4(2) ①–⑥) of the request's circle: by its central city's staff, and
   * only while the central city's eligibility (第3) is recorded and met.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void declare(LocalDate declaredOn, Declaration.Items items) {
    requireCentralCity();
    List<String> failures =
        eligibilityFailures()
            .orElseThrow(() -> new CircleChangeRefused("declaration.error.eligibility-unrecorded"));
    if (!failures.isEmpty()) {
      throw new CircleChangeRefused("declaration.error.ineligible");
    }
    List<String> atOneTenth =
        repository.ratios().stream()
            .filter(CommutingRatio::reachesConsultation)
            .map(CommutingRatio::name)
            .toList();
    Declaration declaration =
        new Declaration(
            tenant.circleId(),
            declaredOn,
            items,
            atOneTenth,
            clock.today(),
            actor(),
            clock.localNow());
    if (circle().hasJointCentralCities()) {
      declaration.declaredJointlyBy(callersCentralCity());
    }
    repository.add(declaration);
  }

  /**
   * The other of two joint central cities signs the declaration waiting for it (要綱 第9: 連名); it is
   * then in force. By that city's staff only.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CircleDeclaration cosignDeclaration(LocalDate on) {
    requireCentralCity();
    Declaration waiting =
        repository.declarations().stream()
            .findFirst()
            .filter(Declaration::awaitsCosignature)
            .orElseThrow(
                () -> new CircleChangeRefused("declaration.error.not-awaiting-cosignature"));
    waiting.cosign(callersCentralCity(), on, clock.today());
    return CircleDeclaration.of(waiting);
  }

  /**
   * The copies the declaration in force needs (要綱 第7(1)), with what was recorded and what the
   * caller may do; empty without a declaration in force. Public, like the declaration.
   */
  public List<DeclarationCopyLine> declarationCopies() {
    Optional<Declaration> declaration = declarationInForce();
    if (declaration.isEmpty()) {
      return List.of();
    }
    List<DeclarationCopy> recorded = repository.declarationCopies(declaration.get().id());
    Set<String> observed = observedPrefectures();
    return requiredCopies(declaration.get()).stream()
        .map(
            recipient -> {
              DeclarationCopy copy =
                  recorded.stream()
                      .filter(c -> c.recipient().equals(recipient))
                      .findFirst()
                      .orElse(null);
              return copy == null
                  ? new DeclarationCopyLine(
                      recipient, null, null, null, tenant.isCentralCityStaff(), false)
                  : new DeclarationCopyLine(
                      recipient,
                      copy.id(),
                      copy.sentOn(),
                      copy.acknowledgedOn(),
                      false,
                      !copy.isAcknowledged() && copy.isFor(observed));
            })
        .toList();
  }

  /** The central city records a copy of the declaration in force sent to one recipient. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordDeclarationCopy(String recipient, LocalDate sentOn) {
    requireCentralCity();
    Declaration declaration =
        declarationInForce()
            .orElseThrow(() -> new CircleChangeRefused("declaration.error.none-in-force"));
    boolean already =
        repository.declarationCopies(declaration.id()).stream()
            .anyMatch(c -> c.recipient().equals(recipient));
    if (already) {
      throw new CircleChangeRefused("declaration.error.copy-exists");
    }
    repository.add(
        new DeclarationCopy(
            declaration,
            recipient,
            requiredCopies(declaration),
            sentOn,
            clock.today(),
            actor(),
            clock.localNow()));
  }

  /** The prefecture observing the circle acknowledges a declaration copy to its governor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void acknowledgeDeclarationCopy(long copyId) {
    Set<String> observed = observedPrefectures();
    if (observed.isEmpty()) {
      throw new ForbiddenException("declaration copies");
    }
    DeclarationCopy copy =
        repository.unacknowledgedDeclarationCopies().stream()
            .filter(c -> c.id() == copyId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("declaration copy " + copyId));
    copy.acknowledge(observed, clock.today(), actor());
  }

  /** The circle's declaration copies waiting for this prefecture's acknowledgement. */
  public List<DeclarationCopyLine> declarationCopiesAwaitingAcknowledgement() {
    Set<String> observed = observedPrefectures();
    if (observed.isEmpty()) {
      return List.of();
    }
    return repository.unacknowledgedDeclarationCopies().stream()
        .filter(c -> c.isFor(observed))
        .map(c -> new DeclarationCopyLine(c.recipient(), c.id(), c.sentOn(), null, false, true))
        .toList();
  }

  private Optional<Declaration> declarationInForce() {
    return repository.declarations().stream()
        .filter(d -> !d.awaitsCosignature())
        .findFirst()
        .filter(d -> !d.isWithdrawn());
  }

  /**
   * The recipients of a declaration's copies: the central cities' governors, the governor of each
   * municipality its ⑤ or ⑥ names — those the portal knows by code, members and neighbours with a
   * recorded ratio — and the Ministry.
   */
  private List<String> requiredCopies(Declaration declaration) {
    String text =
        (declaration.items().commutingArea()
                + " "
                + nullToEmpty(declaration.items().otherNeighbours()))
            .replaceAll("\\s+", "");
    Set<String> named = new java.util.TreeSet<>();
    for (MemberMunicipality member : circle().allMembers()) {
      if (!member.isCentralCity() && text.contains(member.name().japanese())) {
        named.add(member.code());
      }
    }
    for (CommutingRatio ratio : repository.ratios()) {
      if (text.contains(ratio.name().replaceAll("\\s+", ""))) {
        named.add(ratio.code());
      }
    }
    return DeclarationCopy.required(
        circle().centralCities().stream().map(MemberMunicipality::code).toList(), named);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private Set<String> observedPrefectures() {
    return tenant.isPrefectureObserver() ? caller.get().observedPrefectures() : Set.of();
  }

  /** The central city the caller works for (the first, should they work for both). */
  private String callersCentralCity() {
    return circle().centralCities().stream()
        .map(MemberMunicipality::code)
        .filter(tenant::actsFor)
        .findFirst()
        .orElseThrow(() -> new ForbiddenException("the central city's staff"));
  }

  /** Withdraws the declaration in force (第4(3)); by the central city's staff. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CircleDeclaration withdrawDeclaration(LocalDate on, String reason) {
    requireCentralCity();
    // The one in force: a joint declaration waiting for its second signature never took effect.
    Declaration current =
        declarationInForce()
            .orElseThrow(() -> new CircleChangeRefused("declaration.error.none-in-force"));
    current.withdraw(on, reason, clock.today(), actor(), clock.localNow());
    return CircleDeclaration.of(current);
  }

  /**
   * The request's circle's declarations, newest first (published, so for everybody), and for its
   * central city's staff what the declaration form needs: the eligibility facts and the neighbours
   * recorded at a commuting ratio of 0.1 or more (item ⑤).
   */
  public DeclarationFacts declarationFacts() {
    List<CircleDeclaration> declarations =
        repository.declarations().stream().map(CircleDeclaration::of).toList();
    if (!tenant.isCentralCityStaff()) {
      return new DeclarationFacts(declarations, null, null, List.of(), List.of());
    }
    return new DeclarationFacts(
        declarations,
        repository.eligibility().orElse(null),
        repository.jointEligibility().orElse(null),
        eligibilityFailures().orElse(List.of()),
        repository.ratios().stream()
            .filter(CommutingRatio::reachesConsultation)
            .map(r -> new NeighbourRatio(r.code(), r.name(), r.ratio(), r.note()))
            .toList());
  }

  /** Records (or corrects) a neighbour's commuting/school ratio; returns the ratio before. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<BigDecimal> recordRatio(String code, String name, BigDecimal ratio, String note) {
    requireAdmin();
    MunicipalityCode municipality = code(code);
    CommutingRatio record =
        repository
            .ratio(municipality.value())
            .orElseGet(() -> new CommutingRatio(tenant.circleId(), municipality, name));
    Optional<BigDecimal> before = Optional.ofNullable(record.ratio());
    record.record(ratio, note, actor(), clock.localNow());
    if (before.isEmpty()) {
      repository.add(record);
    }
    return before;
  }

  /** Records the central city's eligibility facts; returns the conditions they fail. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> recordEligibility(
      CityStatus status, BigDecimal dayNight, BigDecimal commuters) {
    requireAdmin();
    Eligibility eligibility =
        repository.eligibility().orElseGet(() -> new Eligibility(tenant.circleId()));
    boolean isNew = eligibility.cityStatus() == null;
    eligibility.record(status, dayNight, commuters, actor(), clock.localNow());
    if (isNew) {
      repository.add(eligibility);
    }
    return eligibility.failures(circle().centralCities().get(0).prefecture());
  }

  /**
   * Records the facts that let the circle's two central cities act as one (要綱 第9 ①–⑥); returns the
   * conditions they fail. Refused for a circle with one central city.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> recordJointEligibility(
      JointEligibility.CityFacts first,
      JointEligibility.CityFacts second,
      int travelMinutes,
      String equivalentInitiatives) {
    requireAdmin();
    if (!circle().hasJointCentralCities()) {
      throw new CircleChangeRefused("admin.joint.error.not-joint");
    }
    Optional<JointEligibility> existing = repository.jointEligibility();
    JointEligibility eligibility =
        existing.orElseGet(() -> new JointEligibility(tenant.circleId()));
    eligibility.record(
        first, second, travelMinutes, equivalentInitiatives, actor(), clock.localNow());
    if (existing.isEmpty()) {
      repository.add(eligibility);
    }
    return eligibility.failures(
        circle().centralCities().get(0).prefecture(), circle().centralCities().get(1).prefecture());
  }

  /**
   * The conditions the central city fails — 第3's for one city, 第9's for two acting jointly — or
   * empty when its facts are not recorded.
   */
  private Optional<List<String>> eligibilityFailures() {
    return eligibilityFailures(repository, circle());
  }

  static Optional<List<String>> eligibilityFailures(
      CircleRepository repository, CircleProfile circle) {
    List<MemberMunicipality> centrals = circle.centralCities();
    if (circle.hasJointCentralCities()) {
      return repository
          .jointEligibility()
          .map(j -> j.failures(centrals.get(0).prefecture(), centrals.get(1).prefecture()));
    }
    return repository.eligibility().map(e -> e.failures(centrals.get(0).prefecture()));
  }

  /** Lets a person administer the request's circle's people (whom: the caller checked). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void grantAdministrator(String username) {
    requireAdmin();
    if (repository.administrator(username).isPresent()) {
      throw new CircleChangeRefused("admin.error.already-administrator");
    }
    repository.add(new CircleAdministrator(tenant.circleId(), username, actor(), clock.localNow()));
  }

  /**
   * Takes the right away — by a portal administrator, or by the circle's administrators when they
   * remove the person from the circle; never from the circle's last administrator.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean revokeAdministrator(String username) {
    if (!caller.get().hasRole(PortalRole.PORTAL_ADMIN) && !administers(actor())) {
      throw new ForbiddenException("administrators of " + tenant.getSlug());
    }
    Optional<CircleAdministrator> administrator = repository.administrator(username);
    if (administrator.isEmpty()) {
      return false;
    }
    if (repository.administrators().size() <= 1) {
      throw new CircleChangeRefused("admin.error.last-administrator");
    }
    repository.remove(administrator.get());
    return true;
  }

  /** True when this person administers the request's circle's people. */
  public boolean administers(String username) {
    return username != null && repository.administrator(username).isPresent();
  }

  /** Who administers the request's circle's people. */
  public List<String> administrators() {
    return repository.administrators().stream().map(CircleAdministrator::username).toList();
  }

  /**
   * The neighbours at a commuting ratio of 0.1 or more without an agreement in force (neighbours in
   * talks among them), highest ratio first: public, the outcome monitor compares the circle with
   * them.
   */
  public List<NeighbourRatio> neighboursNotJoined() {
    Set<String> joined =
        circle().centralCitiesAndPartners().stream()
            .map(MemberMunicipality::code)
            .collect(Collectors.toSet());
    return repository.ratios().stream()
        .filter(CommutingRatio::reachesConsultation)
        .filter(r -> !joined.contains(r.code()))
        .map(r -> new NeighbourRatio(r.code(), r.name(), r.ratio(), r.note()))
        .toList();
  }

  /** Everything the portal keeps about the request's circle: for portal administrators. */
  public CircleFacts facts() {
    requireAdmin();
    CircleProfile profile = circle();
    List<CommutingRatio> ratios = repository.ratios();
    List<CommutingRatio> shouldConsult =
        ratios.stream()
            .filter(CommutingRatio::reachesConsultation)
            .filter(r -> profile.member(r.code()).isEmpty())
            .toList();
    return new CircleFacts(
        profile,
        repository.declarations(),
        ratios,
        shouldConsult,
        repository.eligibility().orElse(null),
        repository.jointEligibility().orElse(null),
        eligibilityFailures().orElse(List.of()),
        repository.administrators());
  }

  private CircleProfile circle() {
    return catalog
        .byId(tenant.circleId())
        .orElseThrow(() -> new IllegalStateException("The request's circle is gone"));
  }

  private void refreshAfterCommit() {
    directoryChanges.changed();
  }

  private Municipality municipality(NewMunicipality typed) {
    MunicipalityCode code = code(typed.code());
    return repository
        .municipality(code.value())
        .orElseGet(
            () -> {
              MunicipalityKind kind;
              try {
                kind = MunicipalityKind.valueOf(typed.kind());
              } catch (IllegalArgumentException | NullPointerException e) {
                throw new CircleChangeRefused("admin.error.kind");
              }
              Municipality created =
                  new Municipality(code, name(typed.nameJa(), typed.nameEn()), kind);
              String kana = Kana.toHiragana(typed.kana());
              if (kana != null && !Kana.isReading(kana)) {
                throw new CircleChangeRefused("admin.error.kana");
              }
              created.readAs(kana);
              repository.add(created);
              return created;
            });
  }

  private static MunicipalityCode code(String typed) {
    try {
      return MunicipalityCode.of(typed == null ? "" : typed.strip());
    } catch (InvalidMunicipalityCodeException e) {
      throw new CircleChangeRefused("admin.error.code");
    }
  }

  private static LocalizedName name(String ja, String en) {
    if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
      throw new CircleChangeRefused("admin.error.name");
    }
    if (ja.strip().length() > 100 || en.strip().length() > 100) {
      throw new CircleChangeRefused("admin.error.too-long");
    }
    return new LocalizedName(ja.strip(), en.strip());
  }

  private void requireCentralCity() {
    if (!tenant.isCentralCityStaff()) {
      throw new ForbiddenException("the central city's staff of " + tenant.getSlug());
    }
  }

  private void requireAdmin() {
    if (!caller.get().hasRole(PortalRole.PORTAL_ADMIN)) {
      throw new ForbiddenException("circle administration");
    }
  }

  private String actor() {
    return caller.get().username();
  }
}
