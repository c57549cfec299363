package jp.renkei.portal.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.administration.boundary.People;
import jp.renkei.portal.administration.entity.InvitableRole;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import jp.renkei.portal.platform.address.RequestUrls;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /c/{slug}/people}: the circle's administrators invite people by e-mail, create accounts,
 * and remove people from the circle. When Keycloak cannot be reached the page says so.
 */
@Named
@RequestScoped
public class PeopleView {

  @Inject People people;
  @Inject TenantContext tenant;
  @Inject CurrentCircle circle;
  @Inject Steps steps;

  private List<Accounts.Person> list;
  private boolean unavailable;
  private String email;
  private String municipality;
  private String role;
  private String username;
  private String accountEmail;
  private String accountLastName;
  private String accountFirstName;
  private String accountMunicipality;
  private String accountRole;

  public boolean isAdministers() {
    return people.administers();
  }

  public List<Accounts.Person> getPeople() {
    if (list == null && !unavailable) {
      try {
        list = people.people();
      } catch (KeycloakUnavailable e) {
        unavailable = true;
        list = List.of();
      }
    }
    return list;
  }

  public boolean isUnavailable() {
    getPeople();
    return unavailable;
  }

  public List<Invitation> getInvitations() {
    return people.openInvitations();
  }

  public Set<String> getAdministrators() {
    return people.administrators();
  }

  public InvitableRole[] getRoles() {
    return InvitableRole.values();
  }

  /** The municipality codes of a person's groups in this circle, as names. */
  public String placesOf(Accounts.Person person) {
    String base = "/" + tenant.getSlug();
    CircleProfile profile = circle.profile();
    return String.join(
        Messages.text(locale(), "portal.list.separator"),
        person.groupPaths().stream()
            .map(
                p ->
                    p.equals(base)
                        ? profile.nameIn(locale())
                        : profile
                            .member(p.substring(base.length() + 1))
                            .map(m -> m.nameIn(locale()))
                            .orElse(p))
            .toList());
  }

  /** A Keycloak role name in words. */
  public String roleLabel(String roleName) {
    return java.util.Arrays.stream(PortalRole.values())
        .filter(r -> r.roleName().equals(roleName))
        .findFirst()
        .map(r -> Messages.text(locale(), r.messageKey()))
        .orElse(roleName);
  }

  public String nameOf(String code) {
    return circle.profile().member(code).map(m -> m.nameIn(locale())).orElse(code);
  }

  public void invite() {
    steps.runTo(
        () -> people.invite(email, municipality, role, portalUrl()),
        "admin.done.invited",
        here(),
        email);
  }

  public void createAccount() {
    steps.attempt(
        () -> {
          String password =
              people.createAccount(
                  username,
                  accountEmail,
                  accountLastName,
                  accountFirstName,
                  accountMunicipality,
                  accountRole);
          // Shown once, in the message after the redirect; the portal keeps no copy.
          FacesMessages.doneAndGoTo("admin.done.account-created", here(), username, password);
        });
  }

  public void remove(String person) {
    steps.runTo(() -> people.remove(person), "admin.done.removed", here(), person);
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private String here() {
    return "/c/" + tenant.getSlug() + "/people";
  }

  private static String portalUrl() {
    return RequestUrls.base(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAccountEmail() {
    return accountEmail;
  }

  public void setAccountEmail(String accountEmail) {
    this.accountEmail = accountEmail;
  }

  public String getAccountLastName() {
    return accountLastName;
  }

  public void setAccountLastName(String accountLastName) {
    this.accountLastName = accountLastName;
  }

  public String getAccountFirstName() {
    return accountFirstName;
  }

  public void setAccountFirstName(String accountFirstName) {
    this.accountFirstName = accountFirstName;
  }

  public String getAccountMunicipality() {
    return accountMunicipality;
  }

  public void setAccountMunicipality(String accountMunicipality) {
    this.accountMunicipality = accountMunicipality;
  }

  public String getAccountRole() {
    return accountRole;
  }

  public void setAccountRole(String accountRole) {
    this.accountRole = accountRole;
  }
}
