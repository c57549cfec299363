package jp.renkei.portal.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.identity.entity.KeycloakUnavailable;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * Whether Keycloak's groups and the portal's circles agree: every circle needs the group {@code
 * /slug} and every member municipality {@code /slug/code} (memberships in the token come from
 * them). Groups the portal lacks are listed for a person to look at; missing groups are created on
 * request, each creation audited. Portal administrators only.
 */
@ApplicationScoped
public class GroupDrift {

  @Inject CircleCatalog circles;
  @Inject Groups keycloak;
  @Inject AuditLog audit;
  @Inject CurrentCaller caller;

  /** The differences now; {@link KeycloakUnavailable} if down. */
  public DriftReport check() {
    requireAdmin();
    Set<String> expected = expectedPaths();
    Set<String> actual = keycloak.paths();
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> unknown = new TreeSet<>(actual);
    unknown.removeAll(expected);
    return new DriftReport(List.copyOf(missing), List.copyOf(unknown));
  }

  /**
   * Creates the missing groups. Each creation is audited in this transaction: if Keycloak fails
   * half-way, the groups it did create stay (they were missing) and are audited; checking again
   * shows what is left.
   */
  @Transactional(dontRollbackOn = KeycloakUnavailable.class)
  public int repair() {
    List<String> missing = check().missing();
    String actor = caller.get().username();
    int created = 0;
    for (String path : missing) {
      keycloak.create(path);
      audit.record(actor, circleOf(path), "group-created", path, null, "keycloak");
      created++;
    }
    return created;
  }

  /**
   * A group per circle and per member of it; and {@code /prefectures/NN} for each prefecture with a
   * member in a circle, which holds that prefecture's observers.
   */
  private Set<String> expectedPaths() {
    Set<String> paths = new TreeSet<>();
    for (CircleProfile circle : circles.all()) {
      paths.add("/" + circle.slug());
      circle.allMembers().forEach(m -> paths.add("/" + circle.slug() + "/" + m.code()));
      circle
          .prefectures()
          .forEach(
              p -> paths.add(Caller.PREFECTURES_GROUP + "/" + String.format("%02d", p.code())));
    }
    if (!circles.all().isEmpty()) {
      paths.add(Caller.PREFECTURES_GROUP);
    }
    return paths;
  }

  private static String circleOf(String path) {
    int slash = path.indexOf('/', 1);
    return slash < 0 ? path.substring(1) : path.substring(1, slash);
  }

  private void requireAdmin() {
    if (!caller.get().hasRole(PortalRole.PORTAL_ADMIN)) {
      throw new ForbiddenException("group drift");
    }
  }

  /** Groups the portal needs but Keycloak lacks, and groups Keycloak has that the portal lacks. */
  public record DriftReport(List<String> missing, List<String> unknown) {
    public boolean inAgreement() {
      return missing.isEmpty() && unknown.isEmpty();
    }
  }
}
