package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.renkei.portal.inbox.control.FollowStore;
import jp.renkei.portal.inbox.control.NotificationStore;
import jp.renkei.portal.inbox.control.UnsubscribeTokens;
import jp.renkei.portal.inbox.control.UnsubscribeTokens.Subscription;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.inbox.entity.Frequency;
import jp.renkei.portal.inbox.entity.InboxRefused;
import jp.renkei.portal.inbox.entity.Notification;
import jp.renkei.portal.inbox.entity.NotificationPreference;
import jp.renkei.portal.inbox.entity.PersonLanguage;
import jp.renkei.portal.platform.security.CurrentCaller;

/**
 * How the signed-in person wants to hear of each category — at once, a daily or weekly digest, or
 * not by mail — and in which language; and the one-click unsubscribe of a mail, which needs no
 * sign-in: its signed token names the recipient and category.
 */
@ApplicationScoped
public class Preferences {

  @Inject CurrentCaller caller;
  @Inject NotificationStore store;
  @Inject FollowStore follows;
  @Inject UnsubscribeTokens tokens;

  /** The caller's choice for each category, the defaults where they chose nothing. */
  public Map<Category, Frequency> mine() {
    String me = signedIn();
    Map<Category, Frequency> chosen = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      chosen.put(
          category,
          store
              .preference(me, category)
              .map(NotificationPreference::frequency)
              .orElse(category.defaultFrequency()));
    }
    return chosen;
  }

  @Transactional
  public void choose(Category category, Frequency frequency) {
    if (category == null || frequency == null) {
      throw new InboxRefused("inbox.error.choice");
    }
    set(signedIn(), category, frequency);
  }

  /** The language the caller reads the portal's mail in: {@code ja} unless they chose English. */
  public String language() {
    return store.language(signedIn()).map(PersonLanguage::language).orElse("ja");
  }

  /** What a mail's unsubscribe token names, when it is genuine; empty for anything else. */
  public Optional<Subscription> subscription(String token) {
    return tokens.verify(token);
  }

  /**
   * Stops the mail of the token's category to its recipient (an address that follows without an
   * account also stops following). A forged token changes nothing.
   */
  @Transactional
  public Subscription unsubscribe(String token) {
    Subscription subscription =
        tokens.verify(token).orElseThrow(() -> new InboxRefused("inbox.error.token"));
    set(subscription.recipient(), subscription.category(), Frequency.OFF);
    if (subscription.recipient().startsWith(Notification.MAILTO)) {
      follows
          .ofAddress(subscription.recipient().substring(Notification.MAILTO.length()))
          .forEach(follows::remove);
    }
    return subscription;
  }

  private void set(String recipient, Category category, Frequency frequency) {
    Optional<NotificationPreference> existing = store.preference(recipient, category);
    if (existing.isPresent()) {
      existing.get().change(frequency);
    } else {
      store.add(new NotificationPreference(recipient, category, frequency));
    }
    if (frequency == Frequency.OFF) {
      store.stopPendingMail(recipient, category);
    }
    store.flush();
  }

  private String signedIn() {
    if (!caller.get().isSignedIn()) {
      throw new InboxRefused("inbox.error.sign-in");
    }
    return caller.get().username();
  }
}
