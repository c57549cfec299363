package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.control.ConsultationAccess;
import jp.renkei.portal.consultation.control.ConsultationRepository;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationRefused;
import jp.renkei.portal.consultation.entity.ConsultationStatus;
import jp.renkei.portal.consultation.entity.Minutes;
import jp.renkei.portal.consultation.entity.MinutesApproval;
import jp.renkei.portal.consultation.entity.MinutesComment;
import jp.renkei.portal.consultation.entity.MinutesStatus;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.jobs.DuePublications;
import jp.renkei.portal.platform.print.PdfPrinter;
import jp.renkei.portal.platform.print.PrintedDocument;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The minutes of the request circle's consultations, agreed by both sides (要綱 第5(2)⑥): the central
 * city drafts, revises and circulates; each party comments and approves the revision it read; final
 * minutes are unchangeable, may be published to the notices and print as PDF. Residents and other
 * members read published minutes only.
 */
@ApplicationScoped
public class ConsultationMinutes implements DuePublications {

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject ConsultationAccess access;
  @Inject ConsultationRepository repository;
  @Inject NoticeBoard notices;
  @Inject JapanClock clock;
  @Inject ConsultationNews news;
  @Inject SearchIndexing indexing;

  /** The minutes as the caller may see them; a 404 to a non-party when none are published. */
  public MinutesRead read(long id) {
    Consultation consultation =
        repository.find(id).orElseThrow(() -> new NotFoundException("consultation " + id));
    List<Minutes> records = repository.minutesOf(id);
    List<MemberMunicipality> parties =
        access.parties(consultation).stream()
            .map(c -> currentCircle.profile().member(c))
            .flatMap(Optional::stream)
            .toList();
    if (access.sees(consultation)) {
      Optional<Minutes> shown = last(records);
      List<MinutesComment> comments =
          shown.map(m -> repository.commentsOn(m.id())).orElse(List.of());
      return new MinutesRead(
          consultation,
          shown,
          records,
          comments,
          parties,
          access.runs(),
          access.partyOfCaller(consultation).orElse(null));
    }
    List<Minutes> published = records.stream().filter(Minutes::isPublished).toList();
    if (published.isEmpty()) {
      throw new NotFoundException("published minutes of " + id);
    }
    return new MinutesRead(
        consultation, last(published), published, List.of(), parties, false, null);
  }

  /** The central city writes the first draft, once the time is confirmed. */
  @Transactional
  public void draft(long id, String body) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forCentralCity(id);
    if (consultation.status() != ConsultationStatus.CONFIRMED) {
      throw new ConsultationRefused("minutes.error.not-confirmed");
    }
    if (!repository.minutesOf(id).isEmpty()) {
      throw new ConsultationRefused("minutes.error.exists");
    }
    repository.add(new Minutes(id, body, username(), clock.localNow()));
  }

  /**
   * The central city revises the minutes, unless somebody changed them since the editor loaded
   * revision {@code expectedRevision}: then nothing is written.
   */
  @Transactional
  public void revise(long id, int expectedRevision, String body) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forCentralCity(id);
    Minutes minutes = current(id, expectedRevision);
    int before = minutes.revision();
    minutes.revise(body, username(), clock.localNow());
    if (minutes.status() == MinutesStatus.CIRCULATED && minutes.revision() != before) {
      news.minutesCirculated(consultation, true);
    }
  }

  @Transactional
  public void circulate(long id) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forCentralCity(id);
    currentForUpdate(id).circulate(consultation.held(clock.localNow()), clock.localNow());
    news.minutesCirculated(consultation, false);
  }

  /** A party comments on the revision it read, perhaps asking for a change. */
  @Transactional
  public void comment(long id, int expectedRevision, String body, boolean changeRequested) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forParty(id);
    Minutes minutes = current(id, expectedRevision);
    repository.add(
        new MinutesComment(
            minutes,
            access.partyOfCaller(consultation).orElseThrow(),
            username(),
            body,
            changeRequested,
            clock.localNow()));
    if (changeRequested) {
      news.changeRequested(consultation, body.strip());
    }
  }

  /**
   * A party approves the revision it read ({@code expectedRevision}); approving a text that changed
   * since is refused. The last approval makes the minutes final.
   */
  @Transactional
  public void approve(long id, int expectedRevision) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forParty(id);
    Minutes minutes = current(id, expectedRevision);
    minutes.approve(
        access.partyOfCaller(consultation).orElseThrow(),
        access.parties(consultation),
        repository.commentsOn(minutes.id()),
        username(),
        clock.localNow());
    if (minutes.isFinal()) {
      news.minutesFinal(consultation);
    }
  }

  /** The central city publishes final minutes to the circle's notices. */
  @Transactional
  public void publish(long id, Locale unused) {
    Consultation consultation = forCentralCity(id);
    Minutes minutes = currentForUpdate(id);
    minutes.publish(clock.localNow());
    announcePublished(consultation, minutes);
  }

  /**
   * The central city prepares the final minutes for publication at {@code at} (Japan time), or
   * moves the time of minutes prepared before; until then only the parties read them.
   */
  @Transactional
  public void schedulePublication(long id, LocalDateTime at) {
    forCentralCity(id);
    currentForUpdate(id).schedulePublication(at, clock.localNow());
  }

  /** The central city withdraws the preparation: the minutes stay unpublished. */
  @Transactional
  public void withdrawScheduledPublication(long id) {
    forCentralCity(id);
    repository.minutesOf(id).stream()
        .filter(Minutes::isScheduled)
        .findFirst()
        .orElseThrow(() -> new ConsultationRefused("publication.error.not-scheduled"))
        .withdrawScheduledPublication();
  }

  /** Publishes the circle's minutes whose time has come (the publication job, no caller). */
  @Override
  @Transactional
  public int publishDue() {
    LocalDateTime now = clock.localNow();
    List<ConsultationRepository.MinutesOf> due = repository.minutesDue(now);
    for (ConsultationRepository.MinutesOf each : due) {
      each.minutes().publish(now);
      announcePublished(each.consultation(), each.minutes());
    }
    return due.size();
  }

  private void announcePublished(Consultation consultation, Minutes minutes) {
    indexing.changed(ConsultationSearch.NAME, consultation.id());
    // Both cities, where two act jointly as the central city (要綱 第9).
    List<MemberMunicipality> centrals = currentCircle.profile().centralCities();
    notices.publish(
        NoticeKind.CONSULTATION_MINUTES,
        "consultations/" + consultation.id() + "/minutes",
        "notice.minutes",
        locale ->
            new Object[] {
              consultation.title(),
              String.join(
                  Messages.text(locale, "portal.list.separator"),
                  centrals.stream().map(c -> c.nameIn(locale)).toList()),
              OfficialDates.format(minutes.finalAt().toLocalDate(), locale)
            });
  }

  /** The central city starts a correction of final minutes: a new draft that names them. */
  @Transactional
  public void startCorrection(long id) {
    indexing.changed(ConsultationSearch.NAME, id);
    forCentralCity(id);
    Minutes minutes = currentForUpdate(id);
    repository.add(minutes.correction(username(), clock.localNow()));
  }

  /** The final minutes as PDF, in the reader's language; for whoever may read them. */
  public byte[] pdf(long id, Locale locale) {
    MinutesRead read = read(id);
    Minutes minutes =
        read.records().stream()
            .filter(Minutes::isFinal)
            .filter(m -> read.isParty() || m.isPublished())
            .reduce((a, b) -> b)
            .orElseThrow(() -> new NotFoundException("final minutes of " + id));
    return PdfPrinter.print(printed(read, minutes, locale));
  }

  private PrintedDocument printed(MinutesRead read, Minutes minutes, Locale locale) {
    Consultation c = read.consultation();
    List<PrintedDocument.Fact> facts = new ArrayList<>();
    facts.add(fact(locale, "minutes.pdf.circle", currentCircle.profile().nameIn(locale)));
    c.confirmedSlot()
        .ifPresent(
            s -> {
              facts.add(
                  fact(
                      locale,
                      "minutes.pdf.when",
                      OfficialDates.formatSlot(s.startsAt(), s.endsAt(), locale)));
              if (s.place() != null) {
                facts.add(fact(locale, "minutes.pdf.place", s.place()));
              }
            });
    facts.add(
        fact(
            locale,
            "minutes.pdf.parties",
            String.join(
                Messages.text(locale, "portal.list.separator"),
                read.parties().stream().map(m -> m.nameIn(locale)).toList())));
    facts.add(
        fact(
            locale,
            "minutes.pdf.final",
            OfficialDates.format(minutes.finalAt().toLocalDate(), locale)));
    minutes.correctsId().ifPresent(x -> facts.add(fact(locale, "minutes.pdf.correction", "")));
    List<String> approvals =
        minutes.approvals().stream().map(a -> approvalLine(read, a, locale)).toList();
    return new PrintedDocument(
        Messages.text(locale, "minutes.pdf.title"),
        c.title(),
        facts,
        List.of(
            new PrintedDocument.Section(
                Messages.text(locale, "minutes.pdf.body"), List.of(minutes.body())),
            new PrintedDocument.Section(Messages.text(locale, "minutes.pdf.approvals"), approvals)),
        Messages.text(locale, "portal.name"),
        locale);
  }

  private static String approvalLine(MinutesRead read, MinutesApproval a, Locale locale) {
    return Messages.text(
        locale,
        "minutes.pdf.approval",
        read.nameOf(a.municipalityCode(), locale),
        OfficialDates.format(a.approvedAt().toLocalDate(), locale),
        Messages.text(locale, "minutes.pdf.revision", a.revision()));
  }

  private static PrintedDocument.Fact fact(Locale locale, String key, String value) {
    return new PrintedDocument.Fact(Messages.text(locale, key), value);
  }

  private Minutes current(long id, int expectedRevision) {
    Minutes minutes = currentForUpdate(id);
    if (minutes.revision() != expectedRevision) {
      throw new ConsultationRefused("minutes.error.changed-since");
    }
    return minutes;
  }

  private Minutes currentForUpdate(long id) {
    return repository
        .currentMinutesForUpdate(id)
        .orElseThrow(() -> new ConsultationRefused("minutes.error.none"));
  }

  private Consultation forCentralCity(long id) {
    Consultation consultation = forParty(id);
    if (!access.runs()) {
      throw new ForbiddenException("minutes of consultation " + id);
    }
    return consultation;
  }

  private Consultation forParty(long id) {
    return repository
        .findForUpdate(id)
        .filter(access::sees)
        .orElseThrow(() -> new NotFoundException("consultation " + id));
  }

  private static Optional<Minutes> last(List<Minutes> records) {
    return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
  }

  private String username() {
    return tenant.getCaller().username();
  }
}
