package jp.renkei.portal.administration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleFacts;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.NewMunicipality;
import jp.renkei.portal.circle.entity.CityStatus;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.identity.boundary.Compensation;
import jp.renkei.portal.identity.boundary.Groups;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * Circles and municipalities for portal administrators: the circle context records the change
 * ({@link CircleRegistry}), the identity context makes Keycloak's groups follow ({@link Groups}),
 * the notice board publishes the declaration, and every change is audited. A change that needs
 * Keycloak happens in both or in neither. Pages about one circle ({@code /admin/circles/{slug}})
 * are entered into that circle by the tenancy gate; every method but {@link #createCircle} works on
 * it.
 */
@RequestScoped
public class CircleAdministration {

  @Inject CurrentCaller caller;
  @Inject TenantContext tenant;
  @Inject CircleCatalog catalog;
  @Inject CurrentCircle circle;
  @Inject CircleRegistry registry;
  @Inject Groups groups;
  @Inject Accounts accounts;
  @Inject NoticeBoard notices;
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
    createGroups(List.of(path));
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

  /** Records the declaration (第4(2) ①–⑥) and publishes it at once as a notice (第4(4)). */
  @Transactional
  public void declare(LocalDate declaredOn, Declaration.Items items) {
    registry.declare(declaredOn, items);
    notices.publish(
        NoticeKind.DECLARATION,
        "",
        locale -> Messages.text(locale, "notice.declaration.title", centralNames(locale)),
        locale -> declarationBody(locale, declaredOn, items));
    audit.record(actor(), slug(), "declaration-published", slug(), null, declaredOn.toString());
  }

  /** Records (or corrects) a neighbour's commuting/school ratio to the central city. */
  @Transactional
  public void recordRatio(String code, String name, BigDecimal ratio) {
    String before =
        registry.recordRatio(code, name, ratio).map(BigDecimal::toPlainString).orElse(null);
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

  /** Creates groups Keycloak lacks; if a later step or the commit fails, they go again. */
  private void createGroups(List<String> paths) {
    Compensation undo = new Compensation();
    groups.createMissing(paths, undo);
    undo.undoUnlessCommitted(transactions);
  }

  private String centralNames(Locale locale) {
    return String.join(
        Messages.text(locale, "portal.list.separator"),
        circle.profile().centralCities().stream().map(m -> m.nameIn(locale)).toList());
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
