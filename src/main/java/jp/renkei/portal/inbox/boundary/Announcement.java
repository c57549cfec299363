package jp.renkei.portal.inbox.boundary;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * What a context tells people about something that happened in the request's circle: whether it
 * asks them to act, to whom, what it says in each language, and where to go. {@link
 * Notifications#announce} writes it with the change; the people hear of it shortly after.
 *
 * <pre>{@code
 * notifications.announce(
 *     Announcement.of(Category.ACTION, "consultation.proposed", "consultations/" + id,
 *         List.of(Audience.offices("023035")), locale -> new Object[] {title}));
 * }</pre>
 *
 * @param eventKey what happened ({@code consultation.proposed}), for the log and the bundles
 * @param link the place to act, relative to the circle ({@code consultations/12})
 * @param calendar an iCalendar invitation to attach, or null
 */
public record Announcement(
    Category category,
    String eventKey,
    Function<Locale, String> subject,
    Function<Locale, String> body,
    String link,
    List<Audience> audiences,
    CalendarInvite calendar) {

  public Announcement {
    audiences = List.copyOf(audiences);
  }

  /**
   * An announcement worded by the bundles' {@code mail.<eventKey>.subject} and {@code .body},
   * filled with each language's {@code arguments}.
   */
  public static Announcement of(
      Category category,
      String eventKey,
      String link,
      List<Audience> audiences,
      Function<Locale, Object[]> arguments) {
    return new Announcement(
        category,
        eventKey,
        locale -> Messages.text(locale, "mail." + eventKey + ".subject", arguments.apply(locale)),
        locale -> Messages.text(locale, "mail." + eventKey + ".body", arguments.apply(locale)),
        link,
        audiences,
        null);
  }

  /** The same announcement with a calendar invitation attached. */
  public Announcement with(CalendarInvite invite) {
    return new Announcement(category, eventKey, subject, body, link, audiences, invite);
  }

  /**
   * An iCalendar text for the recipients' calendars: {@code REQUEST} for a new or moved meeting,
   * {@code CANCEL} for a cancelled one (RFC 5546).
   */
  public record CalendarInvite(String method, String ics) {}
}
