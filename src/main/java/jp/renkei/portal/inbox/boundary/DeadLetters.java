package jp.renkei.portal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.inbox.control.Deliveries;
import jp.renkei.portal.inbox.control.NotificationStore;
import jp.renkei.portal.inbox.entity.Notification;
import jp.renkei.portal.inbox.entity.NotificationEvent;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.web.ForbiddenException;

/**
 * Mail that could not be delivered after its tries, with the mail server's reason, for the portal
 * administrator — who may send it again once the address or the server is put right.
 */
@ApplicationScoped
public class DeadLetters {

  /** The dead letters listed, newest first. */
  static final int SHOWN = 200;

  @Inject CurrentCaller caller;
  @Inject NotificationStore store;
  @Inject Deliveries deliveries;

  /** One undeliverable mail as the administrator sees it. */
  public record DeadLetter(
      long id,
      String recipient,
      String email,
      String subject,
      String link,
      int attempts,
      String reason,
      LocalDateTime at) {}

  public List<DeadLetter> list() {
    requireAdmin();
    List<Notification> dead = store.deadLetters(SHOWN);
    Map<Long, NotificationEvent> events = store.eventsOf(dead);
    return dead.stream()
        .map(
            n -> {
              NotificationEvent e = events.get(n.eventId());
              return new DeadLetter(
                  n.id(),
                  n.recipient(),
                  n.email(),
                  e == null ? "" : e.subject(java.util.Locale.JAPANESE),
                  e == null ? "" : e.link(),
                  n.attempts(),
                  n.lastError(),
                  n.createdAt());
            })
        .toList();
  }

  public long count() {
    requireAdmin();
    return store.deadLetterCount();
  }

  /** Puts the mail back in the outbox: the dispatcher tries it again at once. */
  public boolean sendAgain(long id) {
    requireAdmin();
    return deliveries.sendAgain(id);
  }

  private void requireAdmin() {
    if (!caller.get().hasRole(PortalRole.PORTAL_ADMIN)) {
      throw new ForbiddenException("dead letters");
    }
  }
}
