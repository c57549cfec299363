package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.identity.boundary.GroupDrift;
import jp.renkei.portal.inbox.control.NotificationStore;
import jp.renkei.portal.platform.security.Caller;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.CircleMembership;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * A person's inbox, across all their circles: what needs their action — asked of every context's
 * {@link ActionSource} in each circle they belong to, most urgent first — and what they were told
 * (their notifications, read or not). The portal administrator also finds what the portal itself
 * needs: Keycloak out of step, mail that could not be delivered.
 */
@ApplicationScoped
public class Inbox {

  /** Notifications listed "for information": the newest, enough for a few weeks of work. */
  static final int RECENT = 50;

  @Inject CurrentCaller caller;
  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject CircleCatalog catalog;
  @Inject @Any Instance<ActionSource> sources;
  @Inject InboxCache cache;
  @Inject NotificationStore store;
  @Inject GroupDrift drift;
  @Inject JapanClock clock;

  /** What needs the caller's action, overdue first, then by deadline; undated ones last. */
  public List<InboxItem> actions() {
    Caller me = caller.get();
    if (!me.isSignedIn()) {
      return List.of();
    }
    List<Tenant> mine =
        tenants.tenants().stream().filter(t -> CircleMembership.of(me, t).isPresent()).toList();
    Set<Long> circleIds = mine.stream().map(Tenant::id).collect(Collectors.toSet());
    return cache.items(me.username(), circleIds, () -> compute(me, mine));
  }

  public int actionCount() {
    return actions().size();
  }

  private List<InboxItem> compute(Caller me, List<Tenant> circles) {
    List<InboxItem> items = new ArrayList<>();
    for (Tenant circle : circles) {
      CircleProfile profile = catalog.byId(circle.id()).orElse(null);
      if (profile == null) {
        continue;
      }
      tenant.within(
          circle,
          () -> {
            for (ActionSource source : sources) {
              source
                  .actionsFor()
                  .forEach(a -> items.add(new InboxItem(circle.slug(), profile.name(), a)));
            }
            return null;
          });
    }
    if (me.hasRole(PortalRole.PORTAL_ADMIN)) {
      items.addAll(administration());
    }
    LocalDate far = LocalDate.MAX;
    items.sort(
        Comparator.comparing(
                (InboxItem i) -> i.action().deadline() == null ? far : i.action().deadline())
            .thenComparing(i -> i.action().kind()));
    return items;
  }

  /** What the portal itself needs of its administrator. */
  private List<InboxItem> administration() {
    List<InboxItem> items = new ArrayList<>();
    long dead = store.deadLetterCount();
    if (dead > 0) {
      items.add(
          new InboxItem(
              null, null, Action.of("inbox.action.dead-letters", "/admin/mail", null, dead)));
    }
    try {
      GroupDrift.DriftReport report = drift.check();
      if (!report.inAgreement()) {
        items.add(
            new InboxItem(
                null,
                null,
                Action.of(
                    "inbox.action.drift",
                    "/admin/drift",
                    null,
                    report.missing().size() + report.unknown().size())));
      }
    } catch (RuntimeException keycloakDown) {
      items.add(
          new InboxItem(null, null, Action.of("inbox.action.keycloak-down", "/admin/drift", null)));
    }
    return items;
  }

  /** What the caller was told, newest first. */
  public List<Update> recent() {
    Caller me = caller.get();
    if (!me.isSignedIn()) {
      return List.of();
    }
    return store.recentFor(me.username(), RECENT).stream()
        .map(
            t ->
                new Update(
                    t.notification().id(),
                    t.notification().category(),
                    t.event().subject(Locale.JAPANESE),
                    t.event().subject(Locale.ENGLISH),
                    t.event().link(),
                    t.notification().createdAt(),
                    t.notification().isRead()))
        .toList();
  }

  public long unreadCount() {
    Caller me = caller.get();
    return me.isSignedIn() ? store.unreadCount(me.username()) : 0;
  }

  /** Opens one of the caller's notifications: marks it read and says where it leads. */
  @Transactional
  public Optional<String> open(long notificationId) {
    Caller me = caller.get();
    if (!me.isSignedIn()) {
      return Optional.empty();
    }
    return store
        .notificationOf(me.username(), notificationId)
        .map(
            n -> {
              n.read(clock.localNow());
              return store.linkOf(n);
            });
  }

  @Transactional
  public void markAllRead() {
    Caller me = caller.get();
    if (me.isSignedIn()) {
      store.markAllRead(me.username(), clock.localNow());
    }
  }
}
