package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.identity.boundary.Accounts;
import jp.renkei.portal.inbox.control.FollowStore;
import jp.renkei.portal.inbox.control.MailComposer;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Follow;
import jp.renkei.portal.inbox.entity.InboxRefused;
import jp.renkei.portal.platform.mail.MailServer;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Residents follow the request's circle — its notices, drafts opening for comment, 意見と考え方 — or one
 * of its documents ({@link Audience#AGREEMENT}, {@link Audience#VISION}). Signed in, the follow
 * counts at once; by address alone, a confirmation mail goes to the address and the follow counts
 * only once its link is opened (double opt-in): nothing else is ever sent to an unconfirmed
 * address. Following twice is following once.
 */
@ApplicationScoped
public class Follows {

  /** The longest address a follow takes (RFC 5321 allows 254). */
  public static final int MAX_EMAIL = 200;

  @Inject TenantContext tenant;
  @Inject TenantDirectory tenants;
  @Inject FollowStore store;
  @Inject Accounts accounts;
  @Inject MailComposer composer;
  @Inject MailServer mail;
  @Inject JapanClock clock;

  /** True when the signed-in caller follows the circle (subjectType null) or the document. */
  public boolean follows(String subjectType, Long subjectId) {
    String me = tenant.getCaller().username();
    return me != null
        && store.existing(tenant.circleId(), subjectType, subjectId, me, null).isPresent();
  }

  /** The signed-in caller follows the circle or a document of it. */
  @Transactional
  public void follow(String subjectType, Long subjectId, Locale locale) {
    String me = requireSignedIn();
    checkSubject(subjectType, subjectId);
    if (store.existing(tenant.circleId(), subjectType, subjectId, me, null).isPresent()) {
      return;
    }
    String email = accounts.byUsername(me).map(Accounts.Person::email).orElse(null);
    store.add(
        Follow.byAccount(
            tenant.circleId(),
            subjectType,
            subjectId,
            me,
            email,
            locale.getLanguage(),
            clock.localNow()));
  }

  @Transactional
  public void unfollow(String subjectType, Long subjectId) {
    String me = requireSignedIn();
    store.existing(tenant.circleId(), subjectType, subjectId, me, null).ifPresent(store::remove);
  }

  /**
   * Somebody follows by address alone: a confirmation mail goes to it at once, with the link that
   * makes the follow count. The mail server refusing is a refusal: nothing is kept.
   */
  @Transactional
  public void followByAddress(
      String subjectType, Long subjectId, String email, Locale locale, String what) {
    String address = checkAddress(email);
    checkSubject(subjectType, subjectId);
    Optional<Follow> existing =
        store.existing(tenant.circleId(), subjectType, subjectId, null, address);
    if (existing.isPresent() && existing.get().isConfirmed()) {
      return;
    }
    existing.ifPresent(store::remove);
    String token = SecretTokens.newToken();
    store.add(
        Follow.byAddress(
            tenant.circleId(),
            subjectType,
            subjectId,
            address,
            locale.getLanguage(),
            SecretTokens.hash(token),
            clock.localNow()));
    try {
      mail.send(
          composer.followConfirmation(address, locale, what, "/follow/confirm?token=" + token));
    } catch (MessagingException | MailServer.Unreachable e) {
      throw new InboxRefused("inbox.error.mail-not-sent");
    }
  }

  /** Opens the link of a confirmation mail: the follow counts from now; a wrong link is refused. */
  @Transactional
  public void confirm(String token) {
    if (token == null || token.length() > 200) {
      throw new InboxRefused("inbox.error.token");
    }
    store
        .byTokenHash(SecretTokens.hash(token))
        .orElseThrow(() -> new InboxRefused("inbox.error.token"))
        .confirm(clock.localNow());
  }

  /** One of a person's follows: the circle's address, and the document if it is one. */
  public record Following(long id, String circleSlug, String subjectType, Long subjectId) {

    /** The followed page, relative to the portal. */
    public String path() {
      String base = "/c/" + circleSlug + "/";
      if (Audience.AGREEMENT.equals(subjectType)) {
        return base + "agreements/" + subjectId;
      }
      return Audience.VISION.equals(subjectType) ? base + "vision" : base;
    }
  }

  /** The signed-in caller's follows, in every circle. */
  public List<Following> mine() {
    List<Following> mine = new java.util.ArrayList<>();
    for (Follow f : store.ofAccount(requireSignedIn())) {
      tenants
          .tenantById(f.circleId())
          .ifPresent(
              t -> mine.add(new Following(f.id(), t.slug(), f.subjectType(), f.subjectId())));
    }
    return mine;
  }

  /** The signed-in caller stops one of their follows (another person's is not found). */
  @Transactional
  public void stop(long followId) {
    String me = requireSignedIn();
    store.find(followId).filter(f -> me.equals(f.username())).ifPresent(store::remove);
  }

  private String requireSignedIn() {
    String me = tenant.getCaller().username();
    if (me == null) {
      throw new InboxRefused("inbox.error.sign-in");
    }
    return me;
  }

  private static void checkSubject(String subjectType, Long subjectId) {
    boolean circle = subjectType == null;
    boolean document =
        (Audience.AGREEMENT.equals(subjectType) || Audience.VISION.equals(subjectType))
            && subjectId != null;
    if (!circle && !document) {
      throw new InboxRefused("inbox.error.subject");
    }
  }

  static String checkAddress(String email) {
    String address = email == null ? "" : email.strip();
    if (address.isEmpty()) {
      throw new InboxRefused("inbox.error.email-required");
    }
    if (address.length() > MAX_EMAIL) {
      throw new InboxRefused("inbox.error.email-invalid");
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      if (!address.contains("@") || parsed.getPersonal() != null) {
        throw new InboxRefused("inbox.error.email-invalid");
      }
      return parsed.getAddress().toLowerCase(Locale.ROOT);
    } catch (AddressException e) {
      throw new InboxRefused("inbox.error.email-invalid");
    }
  }
}
