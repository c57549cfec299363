package jp.renkei.portal.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import jp.renkei.portal.identity.control.KeycloakAdmin;
import jp.renkei.portal.identity.entity.AccountExists;
import jp.renkei.portal.identity.entity.KeycloakRefused;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The identity context's boundary over Keycloak's people: accounts, their groups (circle and
 * municipality) and their portal roles, through keycloak-admin-client as the service account. Every
 * failure to reach Keycloak, or a refusal, is a {@link KeycloakUnavailable}; callers register each
 * step's undo in a {@link Compensation}.
 *
 * <pre>{@code
 * String id = accounts.create("a.tanaka", "a.tanaka@example.jp", "明", "田中");
 * undo.add(() -> accounts.delete(id));
 * accounts.join(id, "/aomori/023035");
 * }</pre>
 */
@ApplicationScoped
public class Accounts {

  /** More groups than a person is in. */
  private static final int MAX_GROUPS = 1000;

  /** People per request when Keycloak lists them page by page. */
  static final int PAGE = 1000;

  @Inject KeycloakAdmin groups;

  /** A person as the administration pages show them. */
  public record Person(
      String id,
      String username,
      String email,
      String firstName,
      String lastName,
      Set<String> groupPaths,
      Set<String> roles) {}

  public Optional<Person> byUsername(String username) {
    return groups.call(
        () ->
            groups.realm().users().search(username, true).stream()
                .findFirst()
                .map(u -> person(u, Set.of(), Set.of())));
  }

  public Optional<Person> byEmail(String email) {
    return groups.call(
        () ->
            groups.realm().users().searchByEmail(email, true).stream()
                .findFirst()
                .map(u -> person(u, Set.of(), Set.of())));
  }

  /**
   * Creates an enabled account with a verified e-mail and no password yet; returns its id. A
   * username or e-mail Keycloak already has is refused ({@link AccountExists}).
   */
  public String create(String username, String email, String firstName, String lastName) {
    return groups.call(
        () -> {
          UserRepresentation user = new UserRepresentation();
          user.setUsername(username);
          user.setEmail(email);
          user.setFirstName(firstName);
          user.setLastName(lastName);
          user.setEnabled(true);
          user.setEmailVerified(true);
          try (Response response = groups.realm().users().create(user)) {
            if (response.getStatus() == 409) {
              throw new AccountExists(username);
            }
            if (response.getStatus() == 400) {
              throw new KeycloakRefused(
                  "Keycloak refused the input for " + username + ": " + bodyOf(response));
            }
            if (response.getStatus() != 201) {
              throw new KeycloakUnavailable(
                  "Keycloak refused to create " + username + ": HTTP " + response.getStatus(),
                  null);
            }
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  private static String bodyOf(Response response) {
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException e) {
      return "HTTP " + response.getStatus();
    }
  }

  /** Sets the person's name (Keycloak asks for it at sign-in while it is missing). */
  public void setName(String userId, String firstName, String lastName) {
    groups.call(
        () -> {
          UserRepresentation user = user(userId).toRepresentation();
          user.setFirstName(firstName);
          user.setLastName(lastName);
          user(userId).update(user);
          return null;
        });
  }

  /** Sets the password; a temporary one must be changed at the first sign-in. */
  public void setPassword(String userId, String password, boolean temporary) {
    groups.call(
        () -> {
          CredentialRepresentation credential = new CredentialRepresentation();
          credential.setType(CredentialRepresentation.PASSWORD);
          credential.setValue(password);
          credential.setTemporary(temporary);
          user(userId).resetPassword(credential);
          return null;
        });
  }

  public void delete(String userId) {
    groups.call(
        () -> {
          try (Response response = groups.realm().users().delete(userId)) {
            return null;
          }
        });
  }

  /** Puts the person into the group at this path, creating the group if Keycloak lacks it. */
  public void join(String userId, String groupPath) {
    groups.call(
        () -> {
          String groupId =
              groups
                  .groupId(groupPath)
                  .orElseGet(
                      () -> {
                        groups.create(groupPath);
                        return groups.groupId(groupPath).orElseThrow();
                      });
          user(userId).joinGroup(groupId);
          return null;
        });
  }

  public void leave(String userId, String groupPath) {
    groups.call(
        () -> {
          groups.groupId(groupPath).ifPresent(id -> user(userId).leaveGroup(id));
          return null;
        });
  }

  public void grantRole(String userId, String role) {
    groups.call(
        () -> {
          user(userId).roles().realmLevel().add(List.of(realmRole(role)));
          return null;
        });
  }

  public void revokeRole(String userId, String role) {
    groups.call(
        () -> {
          user(userId).roles().realmLevel().remove(List.of(realmRole(role)));
          return null;
        });
  }

  /** The group paths the person is in. */
  public Set<String> groupsOf(String userId) {
    return groups.call(
        () -> {
          Set<String> paths = new TreeSet<>();
          user(userId).groups(0, MAX_GROUPS, false).forEach(g -> paths.add(g.getPath()));
          return paths;
        });
  }

  /**
   * Everybody in these groups, with the groups (of these) they are in and the given roles they
   * hold: a query per group and per role (page by page: a role is held across the country), never
   * per person.
   */
  public List<Person> membersOf(Collection<String> groupPaths, Collection<String> roles) {
    return groups.call(
        () -> {
          Map<String, UserRepresentation> users = new HashMap<>();
          Map<String, Set<String>> pathsByUser = new HashMap<>();
          for (String path : groupPaths) {
            Optional<String> id = groups.groupId(path);
            if (id.isEmpty()) {
              continue;
            }
            for (UserRepresentation u :
                everyPage(
                    (first, max) ->
                        groups.realm().groups().group(id.get()).members(first, max, true))) {
              users.putIfAbsent(u.getId(), u);
              pathsByUser.computeIfAbsent(u.getId(), k -> new TreeSet<>()).add(path);
            }
          }
          Map<String, Set<String>> rolesByUser = new HashMap<>();
          for (String role : roles) {
            for (UserRepresentation u :
                everyPage(
                    (first, max) ->
                        groups.realm().roles().get(role).getUserMembers(true, first, max))) {
              if (users.containsKey(u.getId())) {
                rolesByUser.computeIfAbsent(u.getId(), k -> new TreeSet<>()).add(role);
              }
            }
          }
          List<Person> people = new ArrayList<>();
          for (UserRepresentation u : users.values()) {
            people.add(
                person(
                    u,
                    pathsByUser.getOrDefault(u.getId(), Set.of()),
                    rolesByUser.getOrDefault(u.getId(), Set.of())));
          }
          people.sort(java.util.Comparator.comparing(Person::username));
          return people;
        });
  }

  /**
   * The accounts of these usernames that exist, each once, without their groups and roles: a
   * request per person for a few, the realm's accounts page by page for many — whichever asks
   * Keycloak fewer times (a hundred thousand residents who commented are a hundred pages of a realm
   * of a hundred thousand accounts, not a hundred thousand requests).
   */
  public List<Person> byUsernames(Collection<String> usernames) {
    Set<String> wanted = new HashSet<>(usernames);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return groups.call(
        () -> {
          int pages = (groups.realm().users().count() + PAGE - 1) / PAGE;
          List<Person> found = new ArrayList<>();
          if (wanted.size() <= pages) {
            for (String username : wanted) {
              groups.realm().users().search(username, true).stream()
                  .filter(u -> u.getUsername().equals(username))
                  .findFirst()
                  .ifPresent(u -> found.add(person(u, Set.of(), Set.of())));
            }
            return found;
          }
          for (int first = 0; found.size() < wanted.size(); first += PAGE) {
            List<UserRepresentation> page = groups.realm().users().list(first, PAGE);
            for (UserRepresentation u : page) {
              if (wanted.contains(u.getUsername())) {
                found.add(person(u, Set.of(), Set.of()));
              }
            }
            if (page.size() < PAGE) {
              break;
            }
          }
          return found;
        });
  }

  /** Every item of a listing Keycloak answers page by page, {@link #PAGE} at a time. */
  static <T> List<T> everyPage(BiFunction<Integer, Integer, List<T>> page) {
    List<T> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> one = page.apply(first, PAGE);
      all.addAll(one);
      if (one.size() < PAGE) {
        return all;
      }
    }
  }

  /** The portal roles a person holds. */
  public Set<String> rolesOf(String userId) {
    return groups.call(
        () -> {
          Set<String> names = new TreeSet<>();
          user(userId).roles().realmLevel().listEffective(true).stream()
              .map(RoleRepresentation::getName)
              .forEach(names::add);
          return names;
        });
  }

  private UserResource user(String userId) {
    return groups.realm().users().get(userId);
  }

  private RoleRepresentation realmRole(String role) {
    return groups.realm().roles().get(role).toRepresentation();
  }

  private static Person person(UserRepresentation u, Set<String> paths, Set<String> roles) {
    return new Person(
        u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(), paths, roles);
  }
}
