package jp.renkei.portal.circle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.control.CircleRepository;
import jp.renkei.portal.circle.entity.Circle;
import jp.renkei.portal.circle.entity.CircleMember;
import jp.renkei.portal.circle.entity.CircleSlug;
import jp.renkei.portal.platform.localgov.Kana;
import jp.renkei.portal.platform.localgov.MunicipalityCode;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal knows publicly about circles: the entry point other contexts, pages and the API
 * use to find a circle, and the {@link TenantDirectory} the tenancy gate asks on every request.
 *
 * <p>Circles change a few times a year but are read on every tenant request, so every circle with
 * its members is read in one query (and who of them has an agreement in force in one more) and kept
 * in memory for {@code renkei.circles.refresh-seconds}; a change made on this instance is seen at
 * once ({@link #invalidate()}).
 *
 * <pre>{@code
 * catalog.bySlug("aomori").map(CircleProfile::centralCities);
 * catalog.containing(MunicipalityCode.of("023035")); // 平内町: both circles it belongs to
 * }</pre>
 */
@ApplicationScoped
public class CircleCatalog implements TenantDirectory {

  @Inject CircleRepository repository;
  @Inject PartnerAgreements agreements;

  @Inject
  @ConfigProperty(name = "renkei.circles.refresh-seconds", defaultValue = "30")
  long refreshSeconds;

  volatile Clock clock = Clock.systemUTC();

  private volatile Snapshot snapshot;

  private record Snapshot(List<CircleProfile> circles, List<Tenant> tenants, Instant loadedAt) {}

  /** All circles, in the order they were created. */
  public List<CircleProfile> all() {
    return current().circles();
  }

  /** The circle with this slug; empty for an unknown or malformed slug. */
  public Optional<CircleProfile> bySlug(String slug) {
    if (!CircleSlug.isWellFormed(slug)) {
      return Optional.empty();
    }
    return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  public Optional<CircleProfile> byId(long id) {
    return all().stream().filter(c -> c.id() == id).findFirst();
  }

  /** The circles a municipality belongs to (one municipality may be in two, 要綱 第5(3)⑥). */
  public List<CircleProfile> containing(MunicipalityCode code) {
    return all().stream().filter(c -> c.member(code.value()).isPresent()).toList();
  }

  /** A municipality the portal knows, with the circles it belongs to. */
  public record MunicipalityMatch(MemberMunicipality municipality, List<CircleProfile> circles) {}

  /**
   * The municipalities of the portal's circles that a resident means: by code (six digits), by the
   * start of their name (平内, Hiranai) or of its reading in kana (ひらない, ﾋﾗﾅｲ), in code order.
   */
  public List<MunicipalityMatch> lookUp(String typed) {
    String text = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
    if (text.isEmpty()) {
      return List.of();
    }
    String reading = Kana.toHiragana(text);
    String latin = text.toLowerCase(Locale.ROOT);
    Map<String, MemberMunicipality> found = new TreeMap<>();
    Map<String, List<CircleProfile>> circles = new HashMap<>();
    for (CircleProfile circle : all()) {
      for (MemberMunicipality m : circle.allMembers()) {
        boolean matches =
            m.code().equals(text)
                || m.name().japanese().startsWith(text)
                || m.name().english().toLowerCase(Locale.ROOT).startsWith(latin)
                || (m.kana() != null && Kana.isReading(reading) && m.kana().startsWith(reading));
        if (matches) {
          found.putIfAbsent(m.code(), m);
          circles.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(circle);
        }
      }
    }
    return found.values().stream()
        .map(m -> new MunicipalityMatch(m, List.copyOf(circles.get(m.code()))))
        .toList();
  }

  @Override
  public Optional<Tenant> tenantBySlug(String slug) {
    if (!CircleSlug.isWellFormed(slug)) {
      return Optional.empty();
    }
    return tenants().stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  @Override
  public List<Tenant> tenants() {
    return current().tenants();
  }

  /** Forgets the snapshot so the next read sees a change made on this instance at once. */
  public void invalidate() {
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    return current == null || isStale(current) ? reload() : current;
  }

  private boolean isStale(Snapshot s) {
    return Duration.between(s.loadedAt(), clock.instant()).getSeconds() >= refreshSeconds;
  }

  private synchronized Snapshot reload() {
    Snapshot current = snapshot;
    if (current != null && !isStale(current)) {
      return current;
    }
    Map<Long, Map<String, Set<String>>> inForce = agreements.inForceByCircle();
    List<CircleProfile> circles =
        repository.allWithMembers().stream()
            .map(c -> profileOf(c, inForce.getOrDefault(c.id(), Map.of())))
            .toList();
    current =
        new Snapshot(
            circles, circles.stream().map(CircleCatalog::tenantOf).toList(), clock.instant());
    snapshot = current;
    return current;
  }

  /**
   * The circle as read: a neighbour is a partner when its agreements with every central city are in
   * force — the one, or each of two acting jointly (要綱 第9).
   */
  static CircleProfile profileOf(Circle circle, Map<String, Set<String>> agreementsInForce) {
    List<MemberMunicipality> members =
        circle.members().stream().map(CircleCatalog::memberOf).toList();
    List<MemberMunicipality> centrals =
        members.stream().filter(MemberMunicipality::isCentralCity).toList();
    Set<String> centralCodes =
        centrals.stream().map(MemberMunicipality::code).collect(Collectors.toSet());
    return new CircleProfile(
        circle.id(),
        circle.slug().value(),
        circle.name(),
        centrals,
        members.stream().filter(m -> !m.isCentralCity()).toList(),
        partnersWithEveryCentralCity(agreementsInForce, centralCodes));
  }

  /**
   * The municipalities whose agreements are in force with each of these central cities; the central
   * cities themselves (their agreement on their roles, 第9) are not partners.
   */
  static Set<String> partnersWithEveryCentralCity(
      Map<String, Set<String>> agreementsInForce, Set<String> centralCodes) {
    return agreementsInForce.entrySet().stream()
        .filter(e -> !centralCodes.contains(e.getKey()))
        .filter(e -> e.getValue().containsAll(centralCodes))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static Tenant tenantOf(CircleProfile circle) {
    return new Tenant(
        circle.id(),
        circle.slug(),
        circle.centralCities().stream().map(MemberMunicipality::code).collect(Collectors.toSet()),
        circle.allMembers().stream().map(MemberMunicipality::code).collect(Collectors.toSet()));
  }

  private static MemberMunicipality memberOf(CircleMember member) {
    var m = member.municipality();
    return new MemberMunicipality(
        m.code().value(), m.name(), m.prefecture(), m.kind(), member.role(), m.kana());
  }
}
