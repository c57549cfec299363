package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.platform.people.PeopleGroups;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;

/**
 * Turns an event's audiences into people, from the circle's membership now — Keycloak's groups and
 * roles for the offices, councils and roundtable, the portal's follows for residents, the owning
 * context for a named group ({@link PeopleGroups}) — so a person removed from the circle hears
 * nothing more. A request to Keycloak per group and role of an event, never one per person of a
 * group; a group's many people are looked up together. Keycloak unreachable: the exception goes on,
 * and the dispatcher tries the event again later.
 */
@ApplicationScoped
public class RecipientResolver {

  @Inject Accounts accounts;
  @Inject FollowStore follows;
  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject @Any Instance<PeopleGroups> groups;

  /**
   * A person to tell: the recipient key, their address (null without one), the language of a
   * follow, and how they hear of it unless they chose otherwise — a member as the category's
   * default, a resident at once (they asked for this very mail by following or commenting).
   */
  public record Recipient(String key, String email, String language, Frequency fallback) {}

  /** The event's recipients, each once, the actor left out. */
  public List<Recipient> resolve(NotificationEvent event) {
    Tenant circle = tenants.tenantById(event.circleId()).orElse(null);
    if (circle == null) {
      return List.of();
    }
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    List<Wanted> wanted = new ArrayList<>();
    for (Audience audience : event.audiences()) {
      switch (audience.kind()) {
        case OFFICES ->
            wanted.add(
                new Wanted(
                    "/" + circle.slug() + "/" + audience.value(),
                    circle.isCentralCity(audience.value())
                        ? PortalRole.CENTRAL_CITY_STAFF
                        : PortalRole.PARTNER_STAFF));
        case COUNCIL ->
            wanted.add(
                new Wanted(
                    "/" + circle.slug() + "/" + audience.value(), PortalRole.COUNCIL_MEMBER));
        case CENTRAL_CITY ->
            circle
                .centralCityCodes()
                .forEach(
                    code ->
                        wanted.add(
                            new Wanted(
                                "/" + circle.slug() + "/" + code, PortalRole.CENTRAL_CITY_STAFF)));
        case ROUNDTABLE ->
            wanted.add(new Wanted("/" + circle.slug(), PortalRole.ROUNDTABLE_MEMBER));
        case PERSON ->
            accounts
                .byUsername(audience.value())
                .filter(p -> p.username().equals(audience.value()))
                .ifPresent(
                    p ->
                        recipients.putIfAbsent(
                            p.username(),
                            new Recipient(p.username(), p.email(), "ja", Frequency.IMMEDIATE)));
        case FOLLOWERS -> followers(event, audience.value(), recipients);
        case GROUP -> group(circle, audience.value(), recipients);
      }
    }
    if (!wanted.isEmpty()) {
      List<String> paths = wanted.stream().map(Wanted::path).distinct().toList();
      List<String> roles = wanted.stream().map(w -> w.role().roleName()).distinct().toList();
      for (Accounts.Person person : accounts.membersOf(paths, roles)) {
        boolean fits =
            wanted.stream()
                .anyMatch(
                    w ->
                        person.groupPaths().contains(w.path())
                            && person.roles().contains(w.role().roleName()));
        if (fits) {
          recipients.putIfAbsent(
              person.username(),
              new Recipient(
                  person.username(), person.email(), "ja", event.category().defaultFrequency()));
        }
      }
    }
    if (event.actor() != null) {
      recipients.remove(event.actor());
    }
    return List.copyOf(recipients.values());
  }

  private void followers(NotificationEvent event, String value, Map<String, Recipient> into) {
    String type = null;
    Long id = null;
    if (!value.isEmpty()) {
      int colon = value.indexOf(':');
      type = value.substring(0, colon);
      id = Long.parseLong(value.substring(colon + 1));
    }
    for (Recipient follower : follows.confirmedFollowers(event.circleId(), type, id)) {
      into.putIfAbsent(follower.key(), follower);
    }
  }

  /**
   * The people of a group another context names, asked within the event's circle; their accounts
   * looked up together. Told at once, as residents are: they asked for this by what they did.
   */
  private void group(Tenant circle, String value, Map<String, Recipient> into) {
    int colon = value.indexOf(':');
    String kind = value.substring(0, colon);
    String name = value.substring(colon + 1);
    for (PeopleGroups source : groups) {
      if (source.kind().equals(kind)) {
        List<String> usernames = tenant.within(circle, () -> source.usernames(name));
        for (Accounts.Person p : accounts.byUsernames(usernames)) {
          into.putIfAbsent(
              p.username(), new Recipient(p.username(), p.email(), "ja", Frequency.IMMEDIATE));
        }
      }
    }
  }

  /** Members of a group holding a role. */
  private record Wanted(String path, PortalRole role) {}
}
