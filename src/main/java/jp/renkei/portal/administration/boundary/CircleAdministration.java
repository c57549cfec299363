package jp.renkei.portal.administration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.portal.administration.control.AdministrationRepository;
import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.control.CircleDirectory;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CircleSlug;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.InvalidMunicipalityCodeException;
import jp.renkei.portal.circle.entity.LocalizedName;
import jp.renkei.portal.circle.entity.Municipality;
import jp.renkei.portal.circle.entity.MunicipalityCode;
import jp.renkei.portal.circle.entity.MunicipalityKind;
import jp.renkei.portal.identity.control.Compensation;
import jp.renkei.portal.identity.control.KeycloakGroups;
import jp.renkei.portal.identity.control.KeycloakPeople;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;

/**
 * Circles and municipalities for portal administrators (issue 6 §1): creating a circle with its
 * central city (or two acting jointly, 要綱 第9) and its groups in Keycloak, adding and removing
 * partners, the declaration (第4) with its notice, commuting ratios (第5(1)) and the central city's
 * eligibility facts (第3). A change that needs Keycloak happens in both or in neither; each is
 * audited.
 */
@RequestScoped
public class CircleAdministration {

  @Inject CurrentCaller caller;
  @Inject CircleCatalog catalog;
  @Inject CircleDirectory directory;
  @Inject AdministrationRepository repository;
  @Inject KeycloakGroups groups;
  @Inject KeycloakPeople people;
  @Inject NoticeBoard notices;
  @Inject AuditLog audit;
  @Inject JapanClock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  public List<CircleProfile> circles() {
    requireAdmin();
    return catalog.all();
  }

  /** Creates the circle, its central city (or two) and their groups in Keycloak. */
  @Transactional
  public String createCircle(
      String slug, String nameJa, String nameEn, List<NewMunicipality> centralCities) {
    requireAdmin();
    if (!CircleSlug.isWellFormed(slug)) {
      throw new AdministrationRefused("admin.error.slug");
    }
    if (repository.slugTaken(slug)) {
      throw new AdministrationRefused("admin.error.slug-taken");
    }
    List<NewMunicipality> cities =
        centralCities.stream().filter(m -> m.code() != null && !m.code().isBlank()).toList();
    if (cities.isEmpty() || cities.size() > 2) {
      throw new AdministrationRefused("admin.error.central-city-required");
    }
    Circle circle = new Circle(new CircleSlug(slug), name(nameJa, nameEn));
    for (NewMunicipality city : cities) {
      circle.appointCentralCity(municipality(city));
    }
    repository.add(circle);
    repository.flush();
    List<String> paths = new ArrayList<>();
    paths.add("/" + slug);
    cities.forEach(c -> paths.add("/" + slug + "/" + c.code().strip()));
    createGroups(paths);
    audit.record(
        actor(), slug, "circle-created", slug, null, nameJa + " / " + String.join(",", paths));
    refreshAfterCommit();
    return slug;
  }

  /** Adds a partner and its group in Keycloak. */
  @Transactional
  public void addPartner(String slug, NewMunicipality partner) {
    requireAdmin();
    Circle circle = circle(slug);
    Municipality municipality = municipality(partner);
    circle.admitPartner(municipality);
    repository.flush();
    String path = "/" + slug + "/" + municipality.code().value();
    createGroups(List.of(path));
    audit.record(actor(), slug, "partner-added", municipality.code().value(), null, path);
    refreshAfterCommit();
  }

  /**
   * Removes a partner and its group in Keycloak (whose members lose their membership in this circle
   * with it); the central city cannot be removed.
   */
  @Transactional
  public void removePartner(String slug, String code) {
    requireAdmin();
    Circle circle = circle(slug);
    MunicipalityCode municipality = code(code);
    circle.removePartner(municipality);
    repository.flush();
    // Deleting the group is the last step: nothing after it can fail and need undoing.
    groups.delete("/" + slug + "/" + municipality.value());
    audit.record(actor(), slug, "partner-removed", municipality.value(), "partner", null);
    refreshAfterCommit();
  }

  /** Records the declaration (第4(2) ①–⑥) and publishes it at once as a notice (第4(4)). */
  @Transactional
  public void declare(String slug, LocalDate declaredOn, Declaration.Items items) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    Declaration declaration =
        new Declaration(profile.id(), declaredOn, items, clock.today(), actor(), clock.localNow());
    repository.add(declaration);
    notices.publish(
        profile.id(),
        NoticeKind.DECLARATION,
        Messages.text(
            Locale.JAPANESE, "notice.declaration.title", centralNames(profile, Locale.JAPANESE)),
        Messages.text(
            Locale.ENGLISH, "notice.declaration.title", centralNames(profile, Locale.ENGLISH)),
        declarationBody(Locale.JAPANESE, declaredOn, items),
        declarationBody(Locale.ENGLISH, declaredOn, items),
        "");
    audit.record(actor(), slug, "declaration-published", slug, null, declaredOn.toString());
  }

  /** Records (or corrects) a neighbour's commuting/school ratio to the central city. */
  @Transactional
  public void recordRatio(String slug, String code, String name, BigDecimal ratio) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    MunicipalityCode municipality = code(code);
    CommutingRatio record =
        repository
            .ratio(profile.id(), municipality.value())
            .orElseGet(() -> new CommutingRatio(profile.id(), municipality, name));
    String before = record.ratio() == null ? null : record.ratio().toPlainString();
    record.record(ratio, actor(), clock.localNow());
    if (before == null) {
      repository.add(record);
    }
    audit.record(
        actor(), slug, "commuting-ratio", municipality.value(), before, ratio.toPlainString());
  }

  /** Records the central city's eligibility facts; returns the conditions they fail. */
  @Transactional
  public List<String> recordEligibility(
      String slug, CityStatus status, BigDecimal dayNight, BigDecimal commuters) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    Eligibility eligibility =
        repository.eligibility(profile.id()).orElseGet(() -> new Eligibility(profile.id()));
    boolean isNew = eligibility.cityStatus() == null;
    eligibility.record(status, dayNight, commuters, actor(), clock.localNow());
    if (isNew) {
      repository.add(eligibility);
    }
    audit.record(
        actor(),
        slug,
        "eligibility",
        slug,
        null,
        status + " " + dayNight + " " + (commuters == null ? "-" : commuters));
    return eligibility.failures(profile.centralCities().get(0).prefecture());
  }

  /**
   * Lets a person of the central city's staff administer the circle's people: they must be in
   * Keycloak with that role and in a central city's group of this circle.
   */
  @Transactional
  public void grantAdministrator(String slug, String username) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    String name = username == null ? "" : username.strip();
    KeycloakPeople.Person person =
        people
            .byUsername(name)
            .orElseThrow(() -> new AdministrationRefused("admin.error.no-such-person"));
    Set<String> paths = people.groupsOf(person.id());
    boolean centralStaff =
        people.rolesOf(person.id()).contains(PortalRole.CENTRAL_CITY_STAFF.roleName())
            && profile.centralCities().stream()
                .anyMatch(c -> paths.contains("/" + slug + "/" + c.code()));
    if (!centralStaff) {
      throw new AdministrationRefused("admin.error.not-central-staff");
    }
    if (repository.administrator(profile.id(), person.username()).isPresent()) {
      throw new AdministrationRefused("admin.error.already-administrator");
    }
    repository.add(
        new CircleAdministrator(profile.id(), person.username(), actor(), clock.localNow()));
    audit.record(actor(), slug, "administrator-granted", person.username(), null, "administrator");
  }

  /** Takes the right away; never from the circle's last administrator. */
  @Transactional
  public void revokeAdministrator(String slug, String username) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    CircleAdministrator administrator =
        repository
            .administrator(profile.id(), username)
            .orElseThrow(() -> new AdministrationRefused("admin.error.no-such-person"));
    if (repository.administrators(profile.id()).size() <= 1) {
      throw new AdministrationRefused("admin.error.last-administrator");
    }
    repository.remove(administrator);
    audit.record(actor(), slug, "administrator-revoked", username, "administrator", null);
  }

  public CircleFacts facts(String slug) {
    requireAdmin();
    CircleProfile profile = profile(slug);
    List<CommutingRatio> ratios = repository.ratios(profile.id());
    List<CommutingRatio> shouldConsult =
        ratios.stream()
            .filter(CommutingRatio::reachesConsultation)
            .filter(r -> profile.member(r.code()).isEmpty())
            .toList();
    Eligibility eligibility = repository.eligibility(profile.id()).orElse(null);
    return new CircleFacts(
        profile,
        repository.declarations(profile.id()),
        ratios,
        shouldConsult,
        eligibility,
        eligibility == null
            ? List.of()
            : eligibility.failures(profile.centralCities().get(0).prefecture()),
        repository.administrators(profile.id()));
  }

  /** Creates groups Keycloak lacks; if one fails, the ones created here are deleted again. */
  private void createGroups(List<String> paths) {
    Set<String> existing = groups.paths();
    Compensation undo = new Compensation();
    undo.guard(
        () -> {
          for (String path : paths) {
            if (!existing.contains(path)) {
              groups.create(path);
              undo.add(() -> groups.delete(path));
            }
          }
        });
    // The database commits after this method: if it fails then, the groups must go again.
    undo.undoUnlessCommitted(transactions);
  }

  private void refreshAfterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            directory.invalidate();
          }
        });
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
                throw new AdministrationRefused("admin.error.kind");
              }
              Municipality created =
                  new Municipality(code, name(typed.nameJa(), typed.nameEn()), kind);
              repository.add(created);
              return created;
            });
  }

  private static MunicipalityCode code(String typed) {
    try {
      return MunicipalityCode.of(typed == null ? "" : typed.strip());
    } catch (InvalidMunicipalityCodeException e) {
      throw new AdministrationRefused("admin.error.code");
    }
  }

  private static LocalizedName name(String ja, String en) {
    if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
      throw new AdministrationRefused("admin.error.name");
    }
    if (ja.strip().length() > 100 || en.strip().length() > 100) {
      throw new AdministrationRefused("admin.error.too-long");
    }
    return new LocalizedName(ja.strip(), en.strip());
  }

  private Circle circle(String slug) {
    return repository
        .circle(profile(slug).id())
        .orElseThrow(() -> new NotFoundException("circle " + slug));
  }

  private CircleProfile profile(String slug) {
    return catalog.bySlug(slug).orElseThrow(() -> new NotFoundException("circle " + slug));
  }

  private static String centralNames(CircleProfile profile, Locale locale) {
    return String.join(
        Messages.text(locale, "portal.list.separator"),
        profile.centralCities().stream().map(m -> m.nameIn(locale)).toList());
  }

  private static String declarationBody(Locale locale, LocalDate on, Declaration.Items items) {
    StringBuilder body =
        new StringBuilder(
            Messages.text(locale, "notice.declaration.body", OfficialDates.format(on, locale)));
    String[] texts = {
      items.willToLead(),
      items.population(),
      items.urbanFunctions(),
      items.cooperationFields(),
      items.commutingArea(),
      items.otherNeighbours()
    };
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null && !texts[i].isBlank()) {
        body.append("\n\n")
            .append(Messages.text(locale, "admin.declaration.item" + (i + 1)))
            .append('\n')
            .append(texts[i].strip());
      }
    }
    String text = body.toString();
    return text.length() > 8000 ? text.substring(0, 7990) + "…" : text;
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
