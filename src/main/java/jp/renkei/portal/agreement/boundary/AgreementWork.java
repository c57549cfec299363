package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.agreement.control.AgreementRepository;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.Parties;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.boundary.ReminderDays;
import jp.renkei.portal.inbox.boundary.ReminderSource;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * What the agreements ask of people, worked out from the agreements themselves (要綱 第5(3)(5), 地方自治法
 * 252条の2). A partner's office: a draft to co-edit. A council member: a draft before its council.
 * The central city: a draft to send to the councils once the residents' period ended, resolutions
 * awaited, a concluded agreement to conclude, 告示 — which 第5(5) wants 直ちに, so it is due on the day
 * of conclusion — and filings outstanding. The councils hear when a draft is put to them; 告示 still
 * missing seven days after conclusion is reminded.
 */
@ApplicationScoped
public class AgreementWork implements ActionSource, ReminderSource {

  /** Days after conclusion a missing 告示 is reminded. */
  static final int PROMULGATION_REMINDER_DAYS = 7;

  /** Days before the residents' comment period closes its followers are reminded. */
  static final int COMMENT_REMINDER_DAYS = 3;

  @Inject Agreements agreements;
  @Inject AgreementRepository repository;
  @Inject TenantContext tenant;
  @Inject Notifications notifications;
  @Inject JapanClock clock;

  /** The draft goes to both councils: their members are told. */
  void submittedToCouncils(Agreement agreement, AgreementVersion version) {
    List<Audience> councils =
        agreements.parties(agreement).municipalityCodes().stream().map(Audience::council).toList();
    notifications.announce(
        Announcement.of(
            Category.ACTION,
            "agreement.council-review",
            link(agreement),
            councils,
            l -> arguments(agreement, version, l)));
  }

  @Override
  public List<Action> actionsFor() {
    boolean runs = tenant.isCentralCityStaff();
    boolean partner = tenant.hasRole(PortalRole.PARTNER_STAFF);
    boolean council = tenant.hasRole(PortalRole.COUNCIL_MEMBER);
    java.util.Set<String> acknowledges = agreements.acknowledgedPrefectures();
    if (!runs && !partner && !council && acknowledges.isEmpty()) {
      return List.of();
    }
    LocalDate today = clock.today();
    List<Action> actions = new ArrayList<>();
    for (Agreement agreement : repository.ofCircle()) {
      Parties parties = agreements.parties(agreement);
      for (AgreementVersion v : agreement.versions()) {
        String link = link(agreement);
        if (partner
            && !runs
            && tenant.actsFor(agreement.partnerCode())
            && v.status() == VersionStatus.DRAFT) {
          actions.add(worded("inbox.action.agreement-draft", link, null, agreement, v));
        }
        if (council && v.status() == VersionStatus.COUNCIL_REVIEW) {
          boolean ours =
              parties.municipalityCodes().stream()
                  .anyMatch(m -> tenant.actsFor(m) && v.resolutionOf(m).isEmpty());
          if (ours) {
            actions.add(worded("inbox.action.council-review", link, null, agreement, v));
          }
        }
        if (runs) {
          centralCitySteps(agreement, v, parties, link, today, actions);
        }
        boolean awaitsReceipt =
            v.filings().stream()
                .anyMatch(
                    f ->
                        !f.isAcknowledged()
                            && f.governorsPrefecture().map(acknowledges::contains).orElse(false));
        if (awaitsReceipt) {
          actions.add(worded("inbox.action.acknowledge-filing", link, null, agreement, v));
        }
      }
    }
    return actions;
  }

  private void centralCitySteps(
      Agreement agreement,
      AgreementVersion v,
      Parties parties,
      String link,
      LocalDate today,
      List<Action> actions) {
    switch (v.status()) {
      case NOTIFICATION -> {
        if (today.isAfter(v.feedbackCloses())) {
          actions.add(
              worded("inbox.action.submit-to-councils", link, v.feedbackCloses(), agreement, v));
        }
      }
      case COUNCIL_REVIEW -> {
        boolean allResolved =
            parties.municipalityCodes().stream().allMatch(m -> v.resolutionOf(m).isPresent());
        actions.add(
            worded(
                allResolved ? "inbox.action.conclude" : "inbox.action.resolutions-awaited",
                link,
                null,
                agreement,
                v));
      }
      case CONCLUDED ->
          actions.add(worded("inbox.action.promulgate", link, v.concludedOn(), agreement, v));
      case PROMULGATED -> actions.add(worded("inbox.action.file", link, null, agreement, v));
      default -> {}
    }
  }

  @Override
  public List<Reminder> due(ReminderDays days) {
    LocalDate today = days.today();
    List<Reminder> reminders = new ArrayList<>();
    for (Agreement agreement : repository.ofCircle()) {
      for (AgreementVersion v : agreement.versions()) {
        if (v.status() == VersionStatus.NOTIFICATION
            && days.isDue(v.feedbackCloses(), COMMENT_REMINDER_DAYS)) {
          reminders.add(
              new Reminder(
                  "agreement-comment:" + v.id() + ":" + v.feedbackCloses(),
                  Announcement.of(
                      Category.INFORMATION,
                      "reminder.agreement-comment",
                      link(agreement),
                      List.of(Audience.followers(Audience.AGREEMENT, agreement.id())),
                      l -> withClosing(arguments(agreement, v, l), v, l))));
        }
        if (v.status() == VersionStatus.CONCLUDED
            && !today.isBefore(v.concludedOn().plusDays(PROMULGATION_REMINDER_DAYS))) {
          List<Audience> parties =
              agreements.parties(agreement).municipalityCodes().stream()
                  .filter(
                      m ->
                          v.promulgations().stream().noneMatch(p -> p.municipalityCode().equals(m)))
                  .map(Audience::offices)
                  .toList();
          reminders.add(
              new Reminder(
                  "promulgation:" + v.id(),
                  Announcement.of(
                      Category.ACTION,
                      "reminder.promulgation",
                      link(agreement),
                      parties,
                      l -> arguments(agreement, v, l))));
        }
      }
    }
    return reminders;
  }

  private static Object[] withClosing(Object[] arguments, AgreementVersion v, Locale locale) {
    Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
    all[arguments.length] = OfficialDates.format(v.feedbackCloses(), locale);
    return all;
  }

  private Action worded(
      String key, String link, LocalDate deadline, Agreement agreement, AgreementVersion v) {
    return Action.worded(key, link, deadline, l -> arguments(agreement, v, l));
  }

  /** {0} the circle, {1} the partner, {2} the version's kind, {3} its date of conclusion. */
  private Object[] arguments(Agreement agreement, AgreementVersion v, Locale locale) {
    return new Object[] {
      agreements.circle().nameIn(locale),
      agreements.partnerOf(agreement).nameIn(locale),
      Messages.text(locale, v.kind().messageKey()),
      v.concludedOn() == null ? "" : OfficialDates.format(v.concludedOn(), locale)
    };
  }

  private static String link(Agreement agreement) {
    return "agreements/" + agreement.id();
  }
}
