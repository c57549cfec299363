package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.consultation.control.CalendarExport;
import jp.renkei.portal.consultation.control.ConsultationAccess;
import jp.renkei.portal.consultation.control.ConsultationRepository;
import jp.renkei.portal.consultation.entity.CalendarFeed;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantGate;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * Private calendar subscriptions: a person of the central city or of a partner gets a secret
 * address listing the consultations of their municipality in this circle, for their calendar
 * application. A new address replaces the old one; revoking ends it at once.
 */
@ApplicationScoped
public class CalendarSubscriptions {

  /** How far back a feed reaches: the past year's consultations and everything ahead. */
  static final int FEED_DAYS_BACK = 400;

  @Inject TenantContext tenant;
  @Inject ConsultationAccess access;
  @Inject ConsultationRepository repository;
  @Inject TenantGate gate;
  @Inject CurrentCircle currentCircle;
  @Inject JapanClock clock;

  /** The caller's active subscription in this circle, if any. */
  public Optional<CalendarFeed> current() {
    return repository.activeFeed(tenant.getCaller().username());
  }

  /**
   * A new secret address for the caller, replacing any earlier one; the token is returned once and
   * never stored.
   */
  @Transactional
  public String renew() {
    String municipality = subscriberMunicipality();
    LocalDateTime now = clock.localNow();
    current().ifPresent(f -> f.revoke(now));
    String token = SecretTokens.newToken();
    repository.add(
        new CalendarFeed(
            SecretTokens.hash(token),
            tenant.getCaller().username(),
            tenant.circleId(),
            municipality,
            access.runs(),
            now));
    return token;
  }

  @Transactional
  public void revoke() {
    current().ifPresent(f -> f.revoke(clock.localNow()));
  }

  /**
   * Revokes a person's subscription to the circle's consultations: when they leave the circle, the
   * secret address they may still have stops working at once.
   */
  @Transactional
  public void revokeFor(String username) {
    repository.activeFeed(username).ifPresent(f -> f.revoke(clock.localNow()));
  }

  /**
   * The calendar behind a secret address; empty for an unknown or revoked one. {@code circlesUrl}
   * is the portal's address of circles ({@code https://…/c/}), for links back to each consultation.
   */
  public Optional<String> calendar(String token, String circlesUrl) {
    if (!SecretTokens.looksLikeToken(token)) {
      return Optional.empty();
    }
    return repository
        .feedByTokenHash(SecretTokens.hash(token))
        .filter(feed -> gate.enterCircleOf(feed.circleId()))
        .map(feed -> ics(feed, currentCircle.profile(), circlesUrl));
  }

  private String ics(CalendarFeed feed, CircleProfile circle, String circlesUrl) {
    List<Consultation> consultations =
        repository.forCalendar(
            feed.centralCity() ? null : feed.municipalityCode(),
            clock.localNow().minusDays(FEED_DAYS_BACK));
    String name =
        Messages.text(
            java.util.Locale.JAPANESE,
            "consultation.calendar.name",
            circle.nameIn(java.util.Locale.JAPANESE));
    return CalendarExport.of(
        name, consultations, c -> circlesUrl + circle.slug() + "/consultations/" + c.id());
  }

  private String subscriberMunicipality() {
    if (access.runs()) {
      return access.centralCityCode();
    }
    return access
        .ownPartnerMunicipality()
        .orElseThrow(() -> new ForbiddenException("calendar of " + tenant.getSlug()));
  }
}
