package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.consultation.control.Cadence.CadenceRow;
import jp.renkei.portal.consultation.control.ConsultationAccess;
import jp.renkei.portal.consultation.control.ConsultationRepository;
import jp.renkei.portal.consultation.control.ConsultationRepository.MinutesOf;
import jp.renkei.portal.consultation.entity.ActionItem;
import jp.renkei.portal.consultation.entity.AgendaItem;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.ConsultationStatus;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.ReminderDays;
import jp.renkei.portal.inbox.boundary.ReminderSource;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * What the consultations ask of people, worked out from the consultations themselves: a partner's
 * office answers a poll, approves minutes, does its action items; the central city confirms a slot
 * once every answer is in, reads the agenda partners proposed, answers change requests, chases
 * approvals and partners overdue for a consultation. And the reminders: minutes waiting three days,
 * a consultation tomorrow (with its agenda), action items due.
 */
@ApplicationScoped
public class ConsultationWork implements ActionSource, ReminderSource {

  /** Days before its due date an action item appears in its owner's inbox. */
  static final int ACTION_ITEM_NOTICE_DAYS = 14;

  /** Days minutes may wait for approval before the parties are reminded. */
  static final int MINUTES_REMINDER_DAYS = 3;

  /** Days before an action item falls due its owner is reminded: three days before, and on it. */
  static final List<Integer> ACTION_ITEM_REMINDERS = List.of(3, 0);

  @Inject ConsultationAccess access;
  @Inject ConsultationRepository repository;
  @Inject Consultations consultations;
  @Inject CurrentCircle currentCircle;
  @Inject JapanClock clock;

  @Override
  public List<Action> actionsFor() {
    boolean runs = access.runs();
    Optional<String> partner = access.ownPartnerMunicipality();
    if (!runs && partner.isEmpty()) {
      return List.of();
    }
    String me = runs ? access.centralCityCode() : partner.get();
    LocalDateTime now = clock.localNow();
    List<Action> actions = new ArrayList<>();
    List<Consultation> coming = repository.comingUp(now);
    for (Consultation c : coming) {
      if (c.status() != ConsultationStatus.SCHEDULING) {
        continue;
      }
      if (!runs && c.invites(me) && !answered(c, me)) {
        actions.add(Action.of("inbox.action.answer-slots", path(c), firstDay(c), c.title()));
      }
      if (runs && allAnswered(c)) {
        actions.add(Action.of("inbox.action.confirm-slot", path(c), firstDay(c), c.title()));
      }
    }
    minutes(runs, me, actions);
    if (runs) {
      agenda(coming, me, actions);
      cadence(actions);
    }
    actionItems(me, actions);
    return actions;
  }

  private void minutes(boolean runs, String me, List<Action> actions) {
    List<MinutesOf> circulated = repository.circulatedMinutes();
    Map<Long, Long> changes =
        runs
            ? repository.changeRequests(circulated.stream().map(MinutesOf::minutes).toList())
            : Map.of();
    for (MinutesOf m : circulated) {
      Consultation c = m.consultation();
      String link = path(c) + "/minutes";
      boolean party = runs || c.invites(me);
      if (party && !m.minutes().approvedBy(me)) {
        actions.add(Action.of("inbox.action.approve-minutes", link, null, c.title()));
      }
      if (runs) {
        long requested = changes.getOrDefault(m.minutes().id(), 0L);
        if (requested > 0) {
          actions.add(Action.of("inbox.action.change-requests", link, null, c.title(), requested));
        }
        long missing = access.parties(c).stream().filter(p -> !m.minutes().approvedBy(p)).count();
        if (m.minutes().approvedBy(me) && missing > 0) {
          actions.add(
              Action.of("inbox.action.approvals-outstanding", link, null, c.title(), missing));
        }
      }
    }
  }

  private void agenda(List<Consultation> coming, String me, List<Action> actions) {
    Map<Long, Long> proposed =
        repository.agendaProposedBy(coming.stream().map(Consultation::id).toList(), me).stream()
            .collect(Collectors.groupingBy(AgendaItem::consultationId, Collectors.counting()));
    for (Consultation c : coming) {
      long count = proposed.getOrDefault(c.id(), 0L);
      if (count > 0) {
        LocalDate held = c.confirmedSlot().map(s -> s.startsAt().toLocalDate()).orElse(null);
        actions.add(Action.of("inbox.action.agenda", path(c), held, c.title(), count));
      }
    }
  }

  private void cadence(List<Action> actions) {
    for (CadenceRow row : consultations.cadence()) {
      if (row.overdue()) {
        actions.add(
            Action.worded(
                "inbox.action.cadence-overdue",
                "consultations/cadence",
                row.due(),
                locale ->
                    new Object[] {
                      currentCircle
                          .profile()
                          .member(row.partnerCode())
                          .map(m -> m.nameIn(locale))
                          .orElse(row.partnerCode())
                    }));
      }
    }
  }

  private void actionItems(String me, List<Action> actions) {
    LocalDate horizon = clock.today().plusDays(ACTION_ITEM_NOTICE_DAYS);
    for (ActionItem item : repository.openActionItems()) {
      if (item.ownerCode().equals(me) && item.dueOn() != null && !item.dueOn().isAfter(horizon)) {
        actions.add(
            Action.of(
                "inbox.action.action-item",
                "consultations/" + item.consultationId(),
                item.dueOn(),
                item.title()));
      }
    }
  }

  @Override
  public List<Reminder> due(ReminderDays days) {
    LocalDate today = days.today();
    List<Reminder> reminders = new ArrayList<>();
    LocalDateTime now = clock.localNow();
    for (MinutesOf m : repository.circulatedMinutes()) {
      LocalDateTime since = m.minutes().awaitingSince();
      if (!since.toLocalDate().plusDays(MINUTES_REMINDER_DAYS).isAfter(today)) {
        Consultation c = m.consultation();
        List<Audience> waiting =
            access.parties(c).stream()
                .filter(p -> !m.minutes().approvedBy(p))
                .map(Audience::offices)
                .toList();
        reminders.add(
            new Reminder(
                "minutes-waiting:" + m.minutes().id() + ":" + m.minutes().revision(),
                announcement(
                    Category.ACTION,
                    "reminder.minutes",
                    path(c) + "/minutes",
                    waiting,
                    c,
                    locale -> "")));
      }
    }
    for (Consultation c : repository.comingUp(now)) {
      Optional<ConsultationSlot> slot = c.confirmedSlot();
      if (slot.isPresent() && days.isDue(slot.get().startsAt().toLocalDate(), 1)) {
        List<Audience> parties =
            new ArrayList<>(c.participants().stream().map(Audience::offices).toList());
        parties.add(Audience.centralCity());
        List<String> agenda = repository.agendaOf(c.id()).stream().map(AgendaItem::title).toList();
        reminders.add(
            new Reminder(
                "consultation-tomorrow:" + c.id() + ":" + c.icalSequence(),
                announcement(
                    Category.ACTION,
                    "reminder.consultation",
                    path(c),
                    parties,
                    c,
                    locale -> bulleted(agenda, locale))));
      }
    }
    for (ActionItem item : repository.openActionItems()) {
      OptionalInt before =
          item.dueOn() == null
              ? OptionalInt.empty()
              : days.slot(item.dueOn(), ACTION_ITEM_REMINDERS);
      if (before.isPresent()) {
        reminders.add(
            new Reminder(
                "action-item:"
                    + item.id()
                    + ":"
                    + item.dueOn().toEpochDay()
                    + ":"
                    + before.getAsInt(),
                Announcement.of(
                    Category.ACTION,
                    "reminder.action-item",
                    "consultations/" + item.consultationId(),
                    List.of(Audience.offices(item.ownerCode())),
                    locale ->
                        new Object[] {
                          currentCircle.profile().nameIn(locale),
                          item.title(),
                          OfficialDates.format(item.dueOn(), locale)
                        })));
      }
    }
    return reminders;
  }

  private Announcement announcement(
      Category category,
      String key,
      String link,
      List<Audience> audiences,
      Consultation c,
      Function<Locale, String> detail) {
    return Announcement.of(
        category,
        key,
        link,
        audiences,
        locale ->
            new Object[] {currentCircle.profile().nameIn(locale), c.title(), detail.apply(locale)});
  }

  /**
   * One line per item, bulleted as the reader's language writes it; a line saying there is none.
   */
  private static String bulleted(List<String> items, Locale locale) {
    if (items.isEmpty()) {
      return Messages.text(locale, "agenda.none");
    }
    return items.stream()
        .map(item -> Messages.text(locale, "portal.list.item", item))
        .collect(Collectors.joining("\n"));
  }

  private static boolean answered(Consultation c, String municipality) {
    return c.slots().stream().allMatch(s -> s.answerOf(municipality).isPresent());
  }

  static boolean allAnswered(Consultation c) {
    return c.participants().stream().allMatch(p -> answered(c, p));
  }

  private static LocalDate firstDay(Consultation c) {
    return c.slots().isEmpty() ? null : c.slots().get(0).startsAt().toLocalDate();
  }

  private static String path(Consultation c) {
    return "consultations/" + c.id();
  }
}
