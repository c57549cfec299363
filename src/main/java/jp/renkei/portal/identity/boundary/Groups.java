package jp.renkei.portal.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import jp.renkei.portal.identity.control.KeycloakAdmin;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;

/**
 * The identity context's boundary over Keycloak's groups: a circle is the group {@code /slug}, each
 * member municipality {@code /slug/code}, and tokens carry a person's groups as their circle
 * memberships. A failure is a {@link KeycloakUnavailable}.
 *
 * <pre>{@code
 * Compensation undo = new Compensation();
 * groups.createMissing(List.of("/morioka", "/morioka/032018"), undo);
 * }</pre>
 */
@ApplicationScoped
public class Groups {

  @Inject KeycloakAdmin keycloak;

  /** Every group path of the realm, circles and their municipalities. */
  public Set<String> paths() {
    return keycloak.paths();
  }

  /** Creates the group {@code /circle} or {@code /circle/municipality}, with its parent. */
  public void create(String path) {
    keycloak.create(path);
  }

  /** Deletes the group (for a circle, with its subgroups); one that is not there is fine. */
  public void delete(String path) {
    keycloak.delete(path);
  }

  /**
   * Creates the groups Keycloak lacks, registering the deletion of each one created here; if one
   * fails, those created before it are deleted again and the failure goes on.
   */
  public void createMissing(Collection<String> paths, Compensation undo) {
    Set<String> existing = keycloak.paths();
    undo.guard(
        () -> {
          for (String path : paths) {
            if (!existing.contains(path)) {
              keycloak.create(path);
              undo.add(() -> keycloak.delete(path));
            }
          }
        });
  }
}
