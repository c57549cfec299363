package jp.renkei.portal.circle.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every circle with its members, read in one query and kept in memory for a short while.
 *
 * <p>Circles change a few times a year but are read on every tenant request, so a snapshot beats a
 * query per request. Several portal instances each keep their own snapshot; after a change they
 * agree again within {@code renkei.circles.refresh-seconds}.
 */
@ApplicationScoped
public class CircleDirectory {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "renkei.circles.refresh-seconds", defaultValue = "30")
  long refreshSeconds;

  Clock clock = Clock.systemUTC();

  private volatile Snapshot snapshot;

  private record Snapshot(List<CircleProfile> circles, Instant loadedAt) {}

  @PostConstruct
  void init() {
    snapshot = null;
  }

  /** All circles, in the order they were created. */
  public List<CircleProfile> circles() {
    Snapshot current = snapshot;
    if (current == null || isStale(current)) {
      current = reload();
    }
    return current.circles();
  }

  /** Forgets the snapshot so the next read sees a change made on this instance at once. */
  public void invalidate() {
    snapshot = null;
  }

  private boolean isStale(Snapshot s) {
    return Duration.between(s.loadedAt(), clock.instant()).getSeconds() >= refreshSeconds;
  }

  private synchronized Snapshot reload() {
    Snapshot current = snapshot;
    if (current != null && !isStale(current)) {
      return current;
    }
    List<CircleProfile> circles =
        em.createNamedQuery(Circle.ALL_WITH_MEMBERS, Circle.class).getResultList().stream()
            .map(CircleDirectory::profileOf)
            .toList();
    current = new Snapshot(circles, clock.instant());
    snapshot = current;
    return current;
  }

  static CircleProfile profileOf(Circle circle) {
    List<MemberMunicipality> members =
        circle.members().stream().map(CircleDirectory::memberOf).toList();
    return new CircleProfile(
        circle.id(),
        circle.slug().value(),
        circle.name(),
        members.stream().filter(MemberMunicipality::isCentralCity).toList(),
        members.stream().filter(m -> !m.isCentralCity()).toList());
  }

  private static MemberMunicipality memberOf(CircleMember member) {
    var m = member.municipality();
    return new MemberMunicipality(
        m.code().value(), m.name(), m.prefecture(), m.kind(), member.role());
  }
}
