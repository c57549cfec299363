package jp.renkei.portal.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import jp.renkei.portal.identity.entity.KeycloakRefused;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import jp.renkei.portal.platform.security.OidcSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * The realm through keycloak-admin-client, as the service account {@code renkei-admin} ({@code
 * RENKEI_ADMIN_CLIENT_ID}, {@code RENKEI_ADMIN_CLIENT_SECRET}): its groups, and the connection the
 * identity boundary's accounts use. Any failure to reach Keycloak, or a refusal, is a {@link
 * KeycloakUnavailable}.
 *
 * <pre>{@code
 * Set<String> paths = keycloak.paths(); // [/aomori, /aomori/022012, …]
 * keycloak.create("/nagano/205907");
 * }</pre>
 */
@ApplicationScoped
public class KeycloakAdmin {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(KeycloakAdmin.class.getName());

  /** More subgroups than any circle has members. */
  private static final int MAX_SUBGROUPS = 500;

  /** Where Keycloak and the realm are: the same settings the sign-in uses. */
  @Inject OidcSettings keycloakSettings;

  @Inject
  @ConfigProperty(name = "renkei.admin.client-id", defaultValue = "renkei-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "renkei.admin.client-secret", defaultValue = "renkei-admin-dev-secret")
  String clientSecret;

  private volatile Keycloak keycloak;

  /** Every group path of the realm, circles and their municipalities. */
  public Set<String> paths() {
    return call(
        () -> {
          Set<String> paths = new TreeSet<>();
          for (GroupRepresentation top : realm().groups().groups(null, 0, MAX_SUBGROUPS, true)) {
            paths.add("/" + top.getName());
            realm()
                .groups()
                .group(top.getId())
                .getSubGroups(0, MAX_SUBGROUPS, true)
                .forEach(sub -> paths.add("/" + top.getName() + "/" + sub.getName()));
          }
          return paths;
        });
  }

  /** Creates the group {@code /circle} or {@code /circle/municipality}, with its parent. */
  public void create(String path) {
    String[] parts = path.substring(1).split("/");
    call(
        () -> {
          String parentId = topGroupId(parts[0]);
          if (parts.length > 1) {
            GroupRepresentation sub = new GroupRepresentation();
            sub.setName(parts[1]);
            expectCreated(realm().groups().group(parentId).subGroup(sub), path);
          }
          return null;
        });
  }

  /** Deletes the group (and, for a circle, its subgroups); a group that is not there is fine. */
  public void delete(String path) {
    call(
        () -> {
          groupId(path).ifPresent(id -> realm().groups().group(id).remove());
          return null;
        });
  }

  /** The id of the group at this path, if Keycloak has it. */
  public java.util.Optional<String> groupId(String path) {
    String[] parts = path.substring(1).split("/");
    java.util.Optional<GroupRepresentation> top =
        realm().groups().groups(parts[0], true, 0, 1, true).stream()
            .filter(g -> g.getName().equals(parts[0]))
            .findFirst();
    if (top.isEmpty() || parts.length == 1) {
      return top.map(GroupRepresentation::getId);
    }
    return realm().groups().group(top.get().getId()).getSubGroups(0, MAX_SUBGROUPS, true).stream()
        .filter(g -> g.getName().equals(parts[1]))
        .findFirst()
        .map(GroupRepresentation::getId);
  }

  private String topGroupId(String name) {
    return realm().groups().groups(name, true, 0, 1, true).stream()
        .filter(g -> g.getName().equals(name))
        .findFirst()
        .map(GroupRepresentation::getId)
        .orElseGet(
            () -> {
              GroupRepresentation top = new GroupRepresentation();
              top.setName(name);
              expectCreated(realm().groups().add(top), "/" + name);
              return topGroupId(name);
            });
  }

  private static void expectCreated(Response response, String path) {
    try (response) {
      if (response.getStatus() != 201 && response.getStatus() != 409) {
        throw new KeycloakUnavailable(
            "Keycloak refused to create " + path + ": HTTP " + response.getStatus(), null);
      }
    }
  }

  /**
   * Runs a request to Keycloak: input it refuses (400) becomes a {@link KeycloakRefused}, any other
   * failure a {@link KeycloakUnavailable}.
   */
  public <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (BadRequestException e) {
      // Reached, and told the input is wrong: the person can fix it; not an outage.
      LOG.info(() -> "Keycloak refused the input: " + answerOf(e));
      throw new KeycloakRefused("Keycloak refused the input: " + answerOf(e));
    } catch (ProcessingException | WebApplicationException e) {
      // The person is told in their language; the operator needs Keycloak's own answer.
      LOG.log(Level.WARNING, "Keycloak did not do what the portal asked: " + answerOf(e), e);
      throw new KeycloakUnavailable("Keycloak did not do what the portal asked", e);
    }
  }

  private static String answerOf(RuntimeException e) {
    if (e instanceof WebApplicationException w && w.getResponse() != null) {
      try {
        return "HTTP "
            + w.getResponse().getStatus()
            + " "
            + w.getResponse().readEntity(String.class);
      } catch (RuntimeException unreadable) {
        return "HTTP " + w.getResponse().getStatus();
      }
    }
    return String.valueOf(e.getMessage());
  }

  public RealmResource realm() {
    if (keycloak == null) {
      synchronized (this) {
        if (keycloak == null) {
          keycloak =
              KeycloakBuilder.builder()
                  .serverUrl(keycloakSettings.getKeycloakUrl())
                  .realm(keycloakSettings.getRealm())
                  .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                  .clientId(clientId)
                  .clientSecret(clientSecret)
                  .build();
        }
      }
    }
    return keycloak.realm(keycloakSettings.getRealm());
  }

  @PreDestroy
  void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
