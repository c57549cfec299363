package jp.renkei.portal.vision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.boundary.ReminderDays;
import jp.renkei.portal.inbox.boundary.ReminderSource;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.vision.control.VisionAccess;
import jp.renkei.portal.vision.control.VisionRepository;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.Kpi;
import jp.renkei.portal.vision.entity.KpiActual;
import jp.renkei.portal.vision.entity.KpiDeadline;
import jp.renkei.portal.vision.entity.KpiReport;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionFiling;
import jp.renkei.portal.vision.entity.VisionStatus;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * What the vision asks of people and tells them (要綱 第6(5)(6), 第7(2)), worked out from the vision
 * itself. A partner's office: its round open (comment, sign off, deadline), a copy of the adopted
 * vision to confirm, KPI actuals due. The central city: comments to answer, rounds past their
 * deadline, the yearly revision, its own KPI actuals. Reminders 7, 3 and 1 days before a round's
 * deadline, 3 days before the residents' comment period closes, and before KPI actuals fall due.
 *
 * <p>A fiscal year's KPI actuals are due when the central city set it, by default at the end of
 * June after it (settled accounts): asked of the responsible municipality from April; past the
 * deadline the central city is told who is late (issue 18.1).
 */
@ApplicationScoped
public class VisionWork implements ActionSource, ReminderSource {

  /** Days before a round's deadline its partner is reminded. */
  static final List<Integer> ROUND_REMINDERS = List.of(7, 3, 1);

  /** Days before the residents' comment period closes its followers are reminded. */
  static final int COMMENT_REMINDER = 3;

  /** Days before a year's KPI actuals fall due the offices that owe one are reminded. */
  static final int KPI_REMINDER = 7;

  @Inject VisionAccess access;
  @Inject VisionRepository repository;
  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject Notifications notifications;
  @Inject JapanClock clock;
  @Inject VisionFilings filings;

  // --- Announcements, written with the change -------------------------------------------------

  void roundOpened(CommentRound round, VisionVersion draft) {
    tell(
        Category.ACTION,
        "vision.round-opened",
        round,
        List.of(Audience.offices(round.municipalityCode())),
        l -> new Object[] {draft.title(), OfficialDates.format(round.deadline(), l)});
  }

  void roundExtended(CommentRound round, VisionVersion draft) {
    tell(
        Category.INFORMATION,
        "vision.round-extended",
        round,
        List.of(Audience.offices(round.municipalityCode())),
        l -> new Object[] {draft.title(), OfficialDates.format(round.deadline(), l)});
  }

  void commented(CommentRound round, VisionVersion draft) {
    tell(
        Category.ACTION,
        "vision.round-commented",
        round,
        List.of(Audience.centralCity()),
        l -> new Object[] {draft.title(), partnerName(round, l)});
  }

  void answered(CommentRound round, VisionVersion draft) {
    tell(
        Category.INFORMATION,
        "vision.round-answered",
        round,
        List.of(Audience.offices(round.municipalityCode())),
        l -> new Object[] {draft.title(), ""});
  }

  void signedOff(CommentRound round, VisionVersion draft) {
    tell(
        Category.INFORMATION,
        "vision.round-signed-off",
        round,
        List.of(Audience.centralCity()),
        l -> new Object[] {draft.title(), partnerName(round, l)});
  }

  void adopted(VisionVersion vision) {
    List<Audience> partners =
        currentCircle.profile().partners().stream().map(m -> Audience.offices(m.code())).toList();
    notifications.announce(
        Announcement.of(
            Category.ACTION,
            "vision.adopted",
            "vision",
            partners,
            l -> new Object[] {currentCircle.profile().nameIn(l), vision.title(), ""}));
  }

  /** The central city's office: a draft prepared for adoption could not be adopted at its time. */
  void adoptionFailed(VisionVersion draft, String reasonKey) {
    notifications.announce(
        Announcement.of(
            Category.ACTION,
            "vision.adoption-failed",
            "vision/versions/" + draft.id(),
            List.of(Audience.centralCity()),
            l ->
                new Object[] {
                  currentCircle.profile().nameIn(l),
                  draft.title(),
                  jp.renkei.portal.platform.i18n.Messages.text(l, reasonKey)
                }));
  }

  private void tell(
      Category category,
      String key,
      CommentRound round,
      List<Audience> audiences,
      Function<Locale, Object[]> arguments) {
    notifications.announce(
        Announcement.of(
            category,
            key,
            "vision/rounds/" + round.id(),
            audiences,
            l -> withCircle(l, arguments.apply(l))));
  }

  private Object[] withCircle(Locale locale, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = currentCircle.profile().nameIn(locale);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }

  private String partnerName(CommentRound round, Locale locale) {
    return currentCircle
        .profile()
        .member(round.municipalityCode())
        .map(m -> m.nameIn(locale))
        .orElse(round.municipalityCode());
  }

  // --- What awaits the caller ----------------------------------------------------------------

  @Override
  public List<Action> actionsFor() {
    boolean runs = access.runs();
    boolean partner = access.isPartnerOffice();
    if (!runs && !partner) {
      return copiesToAcknowledge();
    }
    LocalDate today = clock.today();
    List<Action> actions = new ArrayList<>();
    Optional<VisionVersion> draft = repository.withStatus(VisionStatus.DRAFT);
    if (draft.isPresent()) {
      List<CommentRound> rounds = repository.rounds(draft.get().id());
      if (runs) {
        Map<Long, Long> unanswered =
            repository.comments(rounds.stream().map(CommentRound::id).toList()).stream()
                .filter(c -> !c.isAnswered())
                .collect(Collectors.groupingBy(RoundComment::roundId, Collectors.counting()));
        for (CommentRound round : rounds) {
          long open = unanswered.getOrDefault(round.id(), 0L);
          if (open > 0) {
            actions.add(
                Action.worded(
                    "inbox.action.round-comments",
                    "vision/rounds/" + round.id(),
                    null,
                    l -> new Object[] {partnerName(round, l), open}));
          }
          if (!round.isSignedOff() && today.isAfter(round.deadline())) {
            actions.add(
                Action.worded(
                    "inbox.action.round-overdue",
                    "vision/rounds/" + round.id(),
                    round.deadline(),
                    l -> new Object[] {partnerName(round, l)}));
          }
        }
      } else {
        for (CommentRound round : rounds) {
          if (tenant.actsFor(round.municipalityCode()) && !round.isSignedOff()) {
            actions.add(
                Action.of(
                    "inbox.action.round",
                    "vision/rounds/" + round.id(),
                    round.deadline(),
                    draft.get().title()));
          }
        }
      }
    }
    Optional<VisionVersion> adopted = repository.withStatus(VisionStatus.ADOPTED);
    if (partner) {
      for (VisionCopy copy : repository.copiesTo(tenant.municipalityCodes())) {
        if (!copy.isReceived()) {
          actions.add(
              Action.of(
                  "inbox.action.confirm-copy",
                  "vision",
                  null,
                  adopted.map(VisionVersion::title).orElse("")));
        }
      }
    }
    if (adopted.isPresent()) {
      kpisDue(adopted.get(), today, actions);
      if (runs && draft.isEmpty() && adopted.get().adoptedAt() != null) {
        LocalDate revisionDue = adopted.get().adoptedAt().toLocalDate().plusYears(1);
        if (!today.isBefore(revisionDue.minusMonths(1))) {
          actions.add(
              Action.of(
                  "inbox.action.vision-revision",
                  "vision/versions",
                  revisionDue,
                  adopted.get().title()));
        }
      }
    }
    return actions;
  }

  /**
   * Each KPI year whose actual is due or overdue: asked of its responsible municipality; once
   * overdue, the central city hears of it too.
   */
  private void kpisDue(VisionVersion vision, LocalDate today, List<Action> actions) {
    Map<Integer, LocalDate> deadlines = new HashMap<>();
    repository.deadlines().forEach(d -> deadlines.put(d.fiscalYear(), d.dueOn()));
    Map<String, Set<Integer>> reported = new HashMap<>();
    repository
        .actuals()
        .forEach(
            a -> reported.computeIfAbsent(a.kpiKey(), k -> new HashSet<>()).add(a.fiscalYear()));
    for (Kpi kpi : vision.kpis()) {
      boolean reports = tenant.isOfficeStaff() && tenant.actsFor(kpi.responsibleCode());
      List<KpiReport> open =
          KpiReport.yearsOf(
                  kpi,
                  reported.getOrDefault(kpi.key(), Set.of()),
                  y -> deadlines.getOrDefault(y, KpiDeadline.defaultFor(y)),
                  today,
                  clock.fiscalYear())
              .stream()
              .filter(r -> r.state() == KpiReport.State.DUE || r.isOverdue())
              .toList();
      for (KpiReport report : open) {
        int year = report.fiscalYear();
        if (reports) {
          actions.add(
              Action.worded(
                  "inbox.action.kpi-actual",
                  "vision/kpis",
                  report.due(),
                  l -> new Object[] {kpi.name(), OfficialDates.fiscalYear(year, l)}));
        } else if (report.isOverdue() && access.runs()) {
          actions.add(
              Action.worded(
                  "inbox.action.kpi-overdue",
                  "vision/kpis",
                  report.due(),
                  l ->
                      new Object[] {
                        currentCircle
                            .profile()
                            .member(kpi.responsibleCode())
                            .map(m -> m.nameIn(l))
                            .orElse(kpi.responsibleCode()),
                        kpi.name(),
                        OfficialDates.fiscalYear(year, l)
                      }));
        }
      }
    }
  }

  // --- Reminders ------------------------------------------------------------------------------

  /** 要綱 第7(3): for the prefecture observing the circle, each copy waiting for its receipt. */
  private List<Action> copiesToAcknowledge() {
    return filings.awaitingAcknowledgement().stream()
        .map(VisionFiling::versionId)
        .distinct()
        .map(
            versionId ->
                Action.worded(
                    "inbox.action.acknowledge-vision-copy",
                    "vision/versions/" + versionId + "#copy-register",
                    null,
                    l -> new Object[] {currentCircle.profile().nameIn(l)}))
        .toList();
  }

  @Override
  public List<Reminder> due(ReminderDays days) {
    List<Reminder> reminders = new ArrayList<>();
    Optional<VisionVersion> draft = repository.withStatus(VisionStatus.DRAFT);
    if (draft.isPresent()) {
      for (CommentRound round : repository.rounds(draft.get().id())) {
        OptionalInt slot = days.slot(round.deadline(), ROUND_REMINDERS);
        if (!round.isSignedOff() && slot.isPresent()) {
          long left = ChronoUnit.DAYS.between(days.today(), round.deadline());
          reminders.add(
              new Reminder(
                  "round:" + round.id() + ":" + round.deadline() + ":" + slot.getAsInt(),
                  Announcement.of(
                      Category.ACTION,
                      "reminder.round",
                      "vision/rounds/" + round.id(),
                      List.of(Audience.offices(round.municipalityCode())),
                      l ->
                          withCircle(
                              l,
                              new Object[] {
                                draft.get().title(), OfficialDates.format(round.deadline(), l), left
                              }))));
        }
      }
      VisionVersion version = draft.get();
      if (version.commentCloses() != null
          && days.isDue(version.commentCloses(), COMMENT_REMINDER)) {
        reminders.add(
            new Reminder(
                "vision-comment:" + version.id() + ":" + version.commentCloses(),
                Announcement.of(
                    Category.INFORMATION,
                    "reminder.comment-closing",
                    "vision/versions/" + version.id(),
                    List.of(Audience.followers(Audience.VISION, 0)),
                    l ->
                        withCircle(
                            l,
                            new Object[] {
                              version.title(), OfficialDates.format(version.commentCloses(), l)
                            }))));
      }
    }
    repository
        .withStatus(VisionStatus.ADOPTED)
        .ifPresent(
            vision -> {
              // Usually the year that ended; a deadline set in the first days of April puts its
              // reminder week in the year itself.
              kpiReminders(vision, clock.fiscalYear() - 1, days, reminders);
              kpiReminders(vision, clock.fiscalYear(), days, reminders);
            });
    return reminders;
  }

  private void kpiReminders(
      VisionVersion vision, int year, ReminderDays days, List<Reminder> reminders) {
    LocalDate due = repository.kpiDueOn(year);
    if (!days.isDue(due, KPI_REMINDER)) {
      return;
    }
    Set<String> entered =
        repository.actuals().stream()
            .filter(a -> a.fiscalYear() == year)
            .map(KpiActual::kpiKey)
            .collect(Collectors.toSet());
    Set<String> late =
        vision.kpis().stream()
            .filter(k -> k.reportsOn(year) && !entered.contains(k.key()))
            .map(Kpi::responsibleCode)
            .collect(Collectors.toSet());
    for (String code : late) {
      reminders.add(
          new Reminder(
              "kpi:" + tenant.circleId() + ":" + code + ":" + year,
              Announcement.of(
                  Category.ACTION,
                  "reminder.kpi",
                  "vision/kpis",
                  List.of(Audience.offices(code)),
                  l ->
                      withCircle(
                          l,
                          new Object[] {
                            OfficialDates.fiscalYear(year, l), OfficialDates.format(due, l)
                          }))));
    }
  }
}
