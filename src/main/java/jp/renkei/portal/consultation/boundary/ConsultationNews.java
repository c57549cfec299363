package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.consultation.control.CalendarExport;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.address.PortalUrl;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * What the consultations tell the offices, written with the change that causes it: a new poll, the
 * answers all in, a confirmed, moved or cancelled meeting (with its calendar invitation), minutes
 * to approve, a change asked for, minutes final. The bundles word each as {@code
 * mail.consultation.*} with the circle's name ({0}) and the consultation's title ({1}).
 */
@ApplicationScoped
class ConsultationNews {

  @Inject Notifications notifications;
  @Inject CurrentCircle currentCircle;
  @Inject PortalUrl urls;

  void proposed(Consultation c) {
    tell(
        Category.ACTION,
        "consultation.proposed",
        c,
        offices(c.participants()),
        null,
        l -> firstSlot(c, l));
  }

  void allAnswered(Consultation c) {
    tell(
        Category.ACTION,
        "consultation.answered",
        c,
        List.of(Audience.centralCity()),
        null,
        l -> "");
  }

  void confirmed(Consultation c) {
    tell(
        Category.ACTION,
        "consultation.confirmed",
        c,
        offices(c.participants()),
        invitation(c),
        l -> when(c, l));
  }

  void slotAdded(Consultation c, ConsultationSlot added) {
    tell(
        Category.ACTION,
        "consultation.slot-added",
        c,
        offices(c.participants()),
        null,
        l -> slot(added, l));
  }

  void rescheduled(Consultation c, String reason) {
    tell(
        Category.ACTION,
        "consultation.rescheduled",
        c,
        offices(c.participants()),
        null,
        l -> reason);
  }

  void cancelled(Consultation c, String reason, boolean hadTime) {
    tell(
        Category.ACTION,
        "consultation.cancelled",
        c,
        offices(c.participants()),
        hadTime ? invitation(c) : null,
        l -> reason);
  }

  void agendaProposed(Consultation c, String item) {
    tell(
        Category.INFORMATION,
        "consultation.agenda",
        c,
        List.of(Audience.centralCity()),
        null,
        l -> item);
  }

  void minutesCirculated(Consultation c, boolean revised) {
    tell(
        Category.ACTION,
        revised ? "minutes.revised" : "minutes.circulated",
        c,
        offices(c.participants()),
        null,
        l -> "");
  }

  void changeRequested(Consultation c, String comment) {
    tell(
        Category.ACTION,
        "minutes.change-requested",
        c,
        List.of(Audience.centralCity()),
        null,
        l -> comment);
  }

  void minutesFinal(Consultation c) {
    List<Audience> everybody = new ArrayList<>(offices(c.participants()));
    everybody.add(Audience.centralCity());
    tell(Category.INFORMATION, "minutes.final", c, everybody, null, l -> "");
  }

  private void tell(
      Category category,
      String key,
      Consultation c,
      List<Audience> audiences,
      Announcement.CalendarInvite invite,
      Function<Locale, String> detail) {
    String link = "consultations/" + c.id() + (key.startsWith("minutes.") ? "/minutes" : "");
    Announcement announcement =
        Announcement.of(
            category,
            key,
            link,
            audiences,
            locale ->
                new Object[] {
                  currentCircle.profile().nameIn(locale), c.title(), detail.apply(locale)
                });
    notifications.announce(invite == null ? announcement : announcement.with(invite));
  }

  private Announcement.CalendarInvite invitation(Consultation c) {
    String link =
        urls.absolute("/c/" + currentCircle.profile().slug() + "/consultations/" + c.id());
    return CalendarExport.invitation(c, link)
        .map(ics -> new Announcement.CalendarInvite(CalendarExport.methodOf(c), ics))
        .orElse(null);
  }

  private static List<Audience> offices(Collection<String> municipalities) {
    return municipalities.stream().map(Audience::offices).toList();
  }

  private static String firstSlot(Consultation c, Locale locale) {
    return c.slots().isEmpty() ? "" : slot(c.slots().get(0), locale);
  }

  private static String when(Consultation c, Locale locale) {
    return c.confirmedSlot().map(s -> slot(s, locale)).orElse("");
  }

  private static String slot(ConsultationSlot s, Locale locale) {
    String time = OfficialDates.formatSlot(s.startsAt(), s.endsAt(), locale);
    String place = s.place() != null ? s.place() : s.onlineUrl();
    return place == null ? time : time + " / " + place;
  }
}
