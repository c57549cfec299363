package jp.renkei.portal.consultation.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.ConsultationStatus;
import jp.renkei.portal.platform.time.JapanClock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Consultations as iCalendar (RFC 5545, written by ical4j): confirmed ones as events in Japan time,
 * cancelled ones as cancelled events so that calendars which imported them drop them. A
 * consultation still being scheduled has no time yet and is left out.
 *
 * <pre>{@code
 * String ics = CalendarExport.of("青森圏域 定期協議", consultations, id -> portalUrl + id);
 * }</pre>
 */
public final class CalendarExport {

  public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

  private CalendarExport() {}

  /** The calendar; {@code link} gives each consultation's page in the portal. */
  public static String of(
      String calendarName,
      List<Consultation> consultations,
      java.util.function.Function<Consultation, String> link) {
    Calendar calendar = calendar();
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    for (Consultation consultation : consultations) {
      eventOf(consultation, link.apply(consultation)).ifPresent(calendar::add);
    }
    return written(calendar);
  }

  /**
   * The invitation mailed with a confirmed, moved or cancelled consultation (RFC 5546): {@code
   * REQUEST} with the time, or {@code CANCEL}; the same UID each time and the consultation's
   * sequence, so that a calendar updates the meeting it has rather than adding another. The mail
   * adds the organizer and the attendee. Empty while there is no time to send.
   */
  public static Optional<String> invitation(Consultation consultation, String link) {
    boolean cancelled = consultation.status() == ConsultationStatus.CANCELLED;
    Optional<VEvent> event = eventOf(consultation, link);
    if (event.isEmpty()) {
      return Optional.empty();
    }
    Calendar calendar = calendar();
    calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(event.get());
    return Optional.of(written(calendar));
  }

  /** The method of an invitation, for the mail's content type. */
  public static String methodOf(Consultation consultation) {
    return consultation.status() == ConsultationStatus.CANCELLED ? "CANCEL" : "REQUEST";
  }

  private static Calendar calendar() {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Renkei Portal//Consultations//JA"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(
        TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(JapanClock.JAPAN.getId())
            .getVTimeZone());
    return calendar;
  }

  private static String written(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Optional<VEvent> eventOf(Consultation consultation, String link) {
    Optional<ConsultationSlot> slot = consultation.confirmedSlot();
    if (slot.isEmpty() && consultation.status() != ConsultationStatus.CANCELLED) {
      return Optional.empty();
    }
    ConsultationSlot when =
        slot.orElseGet(() -> consultation.slots().isEmpty() ? null : consultation.slots().get(0));
    if (when == null) {
      return Optional.empty();
    }
    VEvent event = new VEvent(japan(when.startsAt()), japan(when.endsAt()), consultation.title());
    event.add(new Uid("consultation-" + consultation.id() + "@renkei-portal"));
    event.add(new Sequence(consultation.icalSequence()));
    event.add(
        consultation.status() == ConsultationStatus.CANCELLED
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    if (consultation.purpose() != null) {
      event.add(new Description(consultation.purpose()));
    }
    String place = when.place() != null ? when.place() : when.onlineUrl();
    if (place != null) {
      event.add(new Location(place));
    }
    event.add(new Url(URI.create(link)));
    return Optional.of(event);
  }

  private static ZonedDateTime japan(java.time.LocalDateTime time) {
    return time.atZone(JapanClock.JAPAN);
  }
}
