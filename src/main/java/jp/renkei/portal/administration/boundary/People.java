package jp.renkei.portal.administration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.portal.administration.control.AdministrationRepository;
import jp.renkei.portal.administration.control.InvitationMail;
import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.administration.entity.EmailAddress;
import jp.renkei.portal.administration.entity.InvitableRole;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CircleRegistry;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.boundary.CalendarSubscriptions;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.identity.boundary.Compensation;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.security.AccessRevocations;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * The people of the request's circle, for its administrators (central-city staff with that right):
 * who is in which municipality with which role, inviting by e-mail, creating an account, removing a
 * person from the circle. Memberships live in Keycloak (groups carried in the token), so a change
 * shows at the person's next sign-in. Every change happens in Keycloak, the mail server and the
 * database together or not at all, and is audited.
 *
 * <p>Longer than 300 lines because each of its four operations is one unit of Keycloak, mail and
 * database work with its own compensation, and they share the placement rules.
 */
@RequestScoped
public class People {

  /** The portal roles a circle's administrator deals in. */
  static final List<String> CIRCLE_ROLES =
      List.of(
          PortalRole.CENTRAL_CITY_STAFF.roleName(),
          PortalRole.PARTNER_STAFF.roleName(),
          PortalRole.COUNCIL_MEMBER.roleName(),
          PortalRole.ROUNDTABLE_MEMBER.roleName());

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject CircleRegistry registry;
  @Inject Accounts keycloak;
  @Inject AdministrationRepository repository;
  @Inject InvitationMail mail;
  @Inject CalendarSubscriptions calendars;
  @Inject AccessRevocations revocations;
  @Inject AuditLog audit;
  @Inject JapanClock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  private Boolean administers;

  /** True when the caller may administer this circle's people (looked up once per request). */
  public boolean administers() {
    if (administers == null) {
      administers =
          tenant.isCentralCityStaff() && registry.administers(tenant.getCaller().username());
    }
    return administers;
  }

  /** Everybody in the circle's groups, with their municipalities and roles. */
  public List<Accounts.Person> people() {
    requireAdministrator();
    return keycloak.membersOf(groupPaths(), CIRCLE_ROLES);
  }

  public List<Invitation> openInvitations() {
    requireAdministrator();
    return repository.openInvitations();
  }

  public Set<String> administrators() {
    requireAdministrator();
    return new java.util.TreeSet<>(registry.administrators());
  }

  /**
   * Invites a person by e-mail into a municipality of the circle with a role. Somebody Keycloak
   * already knows (a member of another circle) is added and told so; anybody else gets an account
   * without a password and an e-mail with a link to choose one. {@code portalUrl} is the portal's
   * address for the link.
   */
  @Transactional
  public void invite(
      String typedEmail, String municipalityCode, String roleName, String portalUrl) {
    requireAdministrator();
    String email = EmailAddress.normalized(typedEmail);
    Placement placement = placement(municipalityCode, roleName);
    Compensation undo = new Compensation();
    undo.guard(
        () -> {
          Accounts.Person existing = keycloak.byEmail(email).orElse(null);
          if (existing != null) {
            requireSameRole(existing.id(), placement);
            place(existing.id(), placement, undo);
            mail.sendAdded(
                email,
                circle().nameIn(Locale.JAPANESE),
                circle().nameIn(Locale.ENGLISH),
                portalUrl + "/c/" + circle().slug() + "/");
            audit.record(
                actor(),
                circle().slug(),
                "person-added",
                existing.username(),
                null,
                placement.describe());
            return;
          }
          String id = keycloak.create(email, email, null, null);
          undo.add(() -> keycloak.delete(id));
          place(id, placement, undo);
          String token = SecretTokens.newToken();
          repository.add(
              new Invitation(
                  tenant.circleId(),
                  email,
                  email,
                  placement.municipality().code(),
                  placement.role(),
                  SecretTokens.hash(token),
                  actor(),
                  clock.localNow()));
          repository.flush();
          mail.sendInvitation(
              email,
              circle().nameIn(Locale.JAPANESE),
              circle().nameIn(Locale.ENGLISH),
              portalUrl + "/invitation?token=" + token);
          audit.record(
              actor(), circle().slug(), "person-invited", email, null, placement.describe());
        });
    undo.undoUnlessCommitted(transactions);
  }

  /**
   * Creates an account directly, with a temporary password the person changes at the first sign-in;
   * returns that password, to be handed over once.
   */
  @Transactional
  public String createAccount(
      String username,
      String typedEmail,
      String lastName,
      String firstName,
      String municipalityCode,
      String roleName) {
    requireAdministrator();
    String last = PersonName.required(lastName);
    String first = PersonName.required(firstName);
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
      throw new AdministrationRefused("admin.error.username");
    }
    String email = EmailAddress.normalized(typedEmail);
    Placement placement = placement(municipalityCode, roleName);
    if (keycloak.byUsername(name).isPresent() || keycloak.byEmail(email).isPresent()) {
      throw new AdministrationRefused("admin.error.account-exists");
    }
    String password = SecretTokens.newToken().substring(0, 16);
    Compensation undo = new Compensation();
    undo.guard(
        () -> {
          String id = keycloak.create(name, email, first, last);
          undo.add(() -> keycloak.delete(id));
          place(id, placement, undo);
          keycloak.setPassword(id, password, true);
          audit.record(
              actor(), circle().slug(), "account-created", name, null, placement.describe());
        });
    undo.undoUnlessCommitted(transactions);
    return password;
  }

  /**
   * Removes a person from this circle: out of its groups; the circle roles go too when they are in
   * no circle any more; their administrator right and calendar subscription end. The circle's last
   * administrator cannot be removed.
   */
  @Transactional
  public void remove(String username) {
    requireAdministrator();
    Accounts.Person person =
        keycloak
            .byUsername(username)
            .orElseThrow(() -> new AdministrationRefused("admin.error.no-such-person"));
    Set<String> all = keycloak.groupsOf(person.id());
    List<String> here = all.stream().filter(this::isCircleGroup).toList();
    if (here.isEmpty()) {
      throw new AdministrationRefused("admin.error.not-in-circle");
    }
    if (registry.administers(person.username()) && registry.administrators().size() <= 1) {
      throw new AdministrationRefused("admin.error.last-administrator");
    }
    boolean inNoOtherCircle = all.stream().allMatch(this::isCircleGroup);
    Compensation undo = new Compensation();
    undo.guard(
        () -> {
          for (String path : here) {
            keycloak.leave(person.id(), path);
            undo.add(() -> keycloak.join(person.id(), path));
          }
          if (inNoOtherCircle) {
            Set<String> roles = keycloak.rolesOf(person.id());
            for (String role : CIRCLE_ROLES) {
              if (roles.contains(role)) {
                keycloak.revokeRole(person.id(), role);
                undo.add(() -> keycloak.grantRole(person.id(), role));
              }
            }
          }
          registry.revokeAdministrator(person.username());
          calendars.revokeFor(person.username());
          // Their token still names this circle: not trusted from their next request on.
          revocations.revoke(person.username());
          repository.flush();
          audit.record(
              actor(),
              circle().slug(),
              "person-removed",
              person.username(),
              String.join(",", here),
              null);
        });
    undo.undoUnlessCommitted(transactions);
  }

  /** Where a person goes: the municipality (or the circle, for roundtable members) and the role. */
  record Placement(MemberMunicipality municipality, InvitableRole role, String groupPath) {
    String describe() {
      return groupPath + " " + role.portalRole().roleName();
    }
  }

  private Placement placement(String municipalityCode, String roleName) {
    InvitableRole role;
    try {
      role = InvitableRole.valueOf(roleName);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new AdministrationRefused("admin.error.role");
    }
    MemberMunicipality municipality =
        circle()
            .member(municipalityCode == null ? "" : municipalityCode)
            .orElseThrow(() -> new AdministrationRefused("admin.error.not-a-member"));
    if (!role.fits(municipality.isCentralCity())) {
      throw new AdministrationRefused("admin.error.role-does-not-fit");
    }
    String path =
        role.perMunicipality()
            ? "/" + circle().slug() + "/" + municipality.code()
            : "/" + circle().slug();
    return new Placement(municipality, role, path);
  }

  /**
   * Portal roles are realm-wide while circles are groups: somebody who is partner staff in one
   * circle and got another role in a second circle would hold both roles in both. So a person keeps
   * one circle role across circles; adding them with another is refused.
   */
  private void requireSameRole(String userId, Placement placement) {
    Set<String> held = new java.util.HashSet<>(keycloak.rolesOf(userId));
    held.retainAll(CIRCLE_ROLES);
    if (!held.isEmpty() && !held.contains(placement.role().portalRole().roleName())) {
      throw new AdministrationRefused("admin.error.other-role");
    }
  }

  /** Puts the person in the group and gives the role, registering how to undo both. */
  private void place(String userId, Placement placement, Compensation undo) {
    Set<String> before = keycloak.groupsOf(userId);
    if (before.contains(placement.groupPath())) {
      throw new AdministrationRefused("admin.error.already-in-circle");
    }
    keycloak.join(userId, placement.groupPath());
    undo.add(() -> keycloak.leave(userId, placement.groupPath()));
    String role = placement.role().portalRole().roleName();
    if (!keycloak.rolesOf(userId).contains(role)) {
      keycloak.grantRole(userId, role);
      undo.add(() -> keycloak.revokeRole(userId, role));
    }
  }

  private boolean isCircleGroup(String path) {
    String base = "/" + circle().slug();
    return path.equals(base) || path.startsWith(base + "/");
  }

  private List<String> groupPaths() {
    List<String> paths = new ArrayList<>();
    paths.add("/" + circle().slug());
    circle().allMembers().forEach(m -> paths.add("/" + circle().slug() + "/" + m.code()));
    return paths;
  }

  private void requireAdministrator() {
    if (!administers()) {
      throw new ForbiddenException("people of " + circle().slug());
    }
  }

  private CircleProfile circle() {
    return currentCircle.profile();
  }

  private String actor() {
    return tenant.getCaller().username();
  }
}
