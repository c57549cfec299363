package jp.renkei.portal.administration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleFacts;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.NewMunicipality;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.JointEligibility;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.identity.boundary.Compensation;
import jp.renkei.portal.identity.boundary.Groups;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * Circles and municipalities for portal administrators: the circle context records the change
 * ({@link CircleRegistry}), the identity context makes Keycloak's groups follow ({@link Groups}),
 * and every change is audited (the central city declares: {@link CircleDeclarations}). A change
 * that needs Keycloak happens in both or in neither. Pages about one circle ({@code
 * /admin/circles/{slug}}) are entered into that circle by the tenancy gate; every method but {@link
 * #createCircle} works on it.
 */
@ApplicationScoped
public class CircleAdministration {

  @Inject CurrentCaller caller;
  @Inject TenantContext tenant;
  @Inject CircleCatalog catalog;
  @Inject CurrentCircle circle;
  @Inject CircleRegistry registry;
  @Inject Groups groups;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  @Resource TransactionSynchronizationRegistry transactions;

  public List<CircleProfile> circles() {
    requireAdmin();
    return catalog.all();
  }

  /** Creates the circle, its central city (or two) and their groups in Keycloak. */
  @Transactional
  public String createCircle(
      String slug, String nameJa, String nameEn, List<NewMunicipality> centralCities) {
    List<String> codes = registry.create(slug, nameJa, nameEn, centralCities);
    List<String> paths = new ArrayList<>();
    paths.add("/" + slug);
    codes.forEach(code -> paths.add("/" + slug + "/" + code));
    paths.addAll(prefectureGroups(codes));
    createGroups(paths);
    audit.record(
        actor(), slug, "circle-created", slug, null, nameJa + " / " + String.join(",", paths));
    return slug;
  }

  /** Adds a partner to the circle and its group in Keycloak. */
  @Transactional
  public void addPartner(NewMunicipality partner) {
    String code = registry.admitPartner(partner);
    String path = "/" + slug() + "/" + code;
    List<String> paths = new ArrayList<>(List.of(path));
    paths.addAll(prefectureGroups(List.of(code)));
    createGroups(paths);
    audit.record(actor(), slug(), "partner-added", code, null, path);
  }

  /**
   * Removes a partner and its group in Keycloak (whose members lose their membership in this circle
   * with it); the central city cannot be removed.
   */
  @Transactional
  public void removePartner(String code) {
    String removed = registry.removePartner(code);
    // Deleting the group is the last step: nothing after it can fail and need undoing.
    groups.delete("/" + slug() + "/" + removed);
    audit.record(actor(), slug(), "partner-removed", removed, "partner", null);
  }

  /** Records (or corrects) a neighbour's commuting/school ratio to the central city. */
  @Transactional
  public void recordRatio(String code, String name, BigDecimal ratio, String note) {
    String before =
        registry.recordRatio(code, name, ratio, note).map(BigDecimal::toPlainString).orElse(null);
    audit.record(actor(), slug(), "commuting-ratio", code.strip(), before, ratio.toPlainString());
  }

  /** Records the central city's eligibility facts; returns the conditions they fail. */
  @Transactional
  public List<String> recordEligibility(
      CityStatus status, BigDecimal dayNight, BigDecimal commuters) {
    List<String> failures = registry.recordEligibility(status, dayNight, commuters);
    audit.record(
        actor(),
        slug(),
        "eligibility",
        slug(),
        null,
        status + " " + dayNight + " " + (commuters == null ? "-" : commuters));
    return failures;
  }

  /**
   * Records the facts that let the circle's two central cities act as one (要綱 第9); returns the
   * conditions they fail.
   */
  @Transactional
  public List<String> recordJointEligibility(
      JointEligibility.CityFacts first,
      JointEligibility.CityFacts second,
      int travelMinutes,
      String equivalentInitiatives) {
    List<String> failures =
        registry.recordJointEligibility(first, second, travelMinutes, equivalentInitiatives);
    audit.record(
        actor(),
        slug(),
        "joint-eligibility",
        slug(),
        null,
        first + " " + second + " " + travelMinutes + "min");
    return failures;
  }

  /**
   * Lets a person of the central city's staff administer the circle's people: they must be in
   * Keycloak with that role and in a central city's group of this circle.
   */
  @Transactional
  public void grantAdministrator(String username) {
    requireAdmin();
    String name = username == null ? "" : username.strip();
    Accounts.Person person =
        accounts
            .byUsername(name)
            .orElseThrow(() -> new AdministrationRefused("admin.error.no-such-person"));
    Set<String> paths = accounts.groupsOf(person.id());
    boolean centralStaff =
        accounts.rolesOf(person.id()).contains(PortalRole.CENTRAL_CITY_STAFF.roleName())
            && circle.profile().centralCities().stream()
                .anyMatch(c -> paths.contains("/" + slug() + "/" + c.code()));
    if (!centralStaff) {
      throw new AdministrationRefused("admin.error.not-central-staff");
    }
    registry.grantAdministrator(person.username());
    audit.record(
        actor(), slug(), "administrator-granted", person.username(), null, "administrator");
  }

  /** Takes the right away; never from the circle's last administrator. */
  @Transactional
  public void revokeAdministrator(String username) {
    requireAdmin();
    if (!registry.revokeAdministrator(username)) {
      throw new AdministrationRefused("admin.error.no-such-person");
    }
    audit.record(actor(), slug(), "administrator-revoked", username, "administrator", null);
  }

  public CircleFacts facts() {
    return registry.facts();
  }

  /**
   * The groups of the prefectures' observers (要綱 第8) for these municipalities: {@code /prefectures}
   * and {@code /prefectures/NN}, NN being the first two digits of a code.
   */
  private static List<String> prefectureGroups(List<String> codes) {
    List<String> paths = new ArrayList<>();
    paths.add(Caller.PREFECTURES_GROUP);
    codes.stream()
        .map(code -> Caller.PREFECTURES_GROUP + "/" + code.substring(0, 2))
        .distinct()
        .forEach(paths::add);
    return paths;
  }

  /** Creates groups Keycloak lacks; if a later step or the commit fails, they go again. */
  private void createGroups(List<String> paths) {
    Compensation undo = new Compensation();
    groups.createMissing(paths, undo);
    undo.undoUnlessCommitted(transactions);
  }

  private String slug() {
    return tenant.getSlug();
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
