package jp.renkei.portal.administration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.renkei.portal.administration.control.AdministrationRepository;
import jp.renkei.portal.administration.entity.AdministrationRefused;
import jp.renkei.portal.administration.entity.Invitation;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.platform.audit.AuditLog;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * The invited person's side: the link in the e-mail opens a page where they choose a password; then
 * they sign in and their token carries the circle, municipality and role.
 */
@ApplicationScoped
public class Invitations {

  /** Long enough that a guessed password is unlikely, short enough to type. */
  public static final int MIN_PASSWORD = 12;

  @Inject AdministrationRepository repository;
  @Inject Accounts keycloak;
  @Inject CircleCatalog circles;
  @Inject AuditLog audit;
  @Inject JapanClock clock;

  /** The invitation behind a link, while it can still be used. */
  public Optional<Invitation> usable(String token) {
    if (!SecretTokens.looksLikeToken(token)) {
      return Optional.empty();
    }
    return repository
        .invitationByTokenHash(SecretTokens.hash(token))
        .filter(i -> !i.isAccepted() && !clock.localNow().isAfter(i.expiresAt()));
  }

  public Optional<CircleProfile> circleOf(Invitation invitation) {
    return circles.byId(invitation.circleId());
  }

  /** Sets the person's name and chosen password and uses the invitation up; returns the slug. */
  @Transactional
  public String accept(
      String token, String lastName, String firstName, String password, String repeated) {
    Invitation invitation =
        (SecretTokens.looksLikeToken(token)
                ? repository.invitationByTokenHash(SecretTokens.hash(token))
                : Optional.<Invitation>empty())
            .orElseThrow(() -> new AdministrationRefused("invitation.error.unknown"));
    invitation.requireUsable(clock.localNow());
    String last = PersonName.required(lastName);
    String first = PersonName.required(firstName);
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new AdministrationRefused("invitation.error.password-short");
    }
    if (!password.equals(repeated)) {
      throw new AdministrationRefused("invitation.error.password-mismatch");
    }
    if (password.equalsIgnoreCase(invitation.username())) {
      throw new AdministrationRefused("invitation.error.password-username");
    }
    Accounts.Person person =
        keycloak
            .byUsername(invitation.username())
            .orElseThrow(() -> new AdministrationRefused("invitation.error.unknown"));
    invitation.accept(clock.localNow());
    repository.flush();
    // Last, so that a refusal above leaves the account as it was.
    keycloak.setName(person.id(), first, last);
    keycloak.setPassword(person.id(), password, false);
    String slug = circles.byId(invitation.circleId()).map(CircleProfile::slug).orElse("");
    audit.record(
        invitation.username(), slug, "invitation-accepted", invitation.username(), null, null);
    return slug;
  }
}
