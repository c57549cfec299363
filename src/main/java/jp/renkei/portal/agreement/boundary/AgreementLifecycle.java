package jp.renkei.portal.agreement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import jp.renkei.portal.agreement.entity.Agreement;
import jp.renkei.portal.agreement.entity.AgreementVersion;
import jp.renkei.portal.agreement.entity.LifecycleViolation;
import jp.renkei.portal.agreement.entity.VersionKind;
import jp.renkei.portal.agreement.entity.VersionStatus;
import jp.renkei.portal.circle.boundary.CentralCityStanding;
import jp.renkei.portal.circle.boundary.DirectoryChanges;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The central city takes an agreement of the request's circle through its lifecycle (要綱 第5(3),
 * 第5(5), 第7(2), 地方自治法 252条の2): notifying the residents of the draft, the councils and their
 * resolutions, conclusion, 告示 by both, the filings, a termination notice, and amendments and
 * abolition as new versions. Each step has its gate in the entity; a refused step throws {@link
 * LifecycleViolation} and changes nothing. What the public must know is published as a notice.
 */
@ApplicationScoped
public class AgreementLifecycle {

  @Inject DirectoryChanges directoryChanges;
  @Inject TenantContext tenant;
  @Inject CentralCityStanding standing;
  @Inject Agreements agreements;
  @Inject NoticeBoard notices;
  @Inject JapanClock clock;
  @Inject AgreementWork work;
  @Inject SearchIndexing indexing;

  @Transactional
  public void notifyResidents(long id, LocalDate opens, LocalDate closes) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    AgreementVersion version = Agreements.openVersion(agreement);
    version.notifyResidents(opens, closes);
    publish(
        agreement, NoticeKind.AGREEMENT_DRAFT, "notice.agreement.draft", version, opens, closes);
  }

  @Transactional
  public void submitToCouncils(long id) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    AgreementVersion version = Agreements.openVersion(agreement);
    version.submitToCouncils(clock.today());
    work.submittedToCouncils(agreement, version);
  }

  @Transactional
  public void recordResolution(long id, String municipality, LocalDate on, String number) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    Agreements.openVersion(agreement)
        .recordResolution(agreements.parties(agreement), municipality, on, number);
  }

  @Transactional
  public void conclude(long id, LocalDate on) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    AgreementVersion version = Agreements.openVersion(agreement);
    if (version.kind() != VersionKind.CONCLUSION && agreement.versionInForce().isEmpty()) {
      // An amendment or abolition of an agreement that lapsed meanwhile has nothing to change.
      throw new LifecycleViolation("agreement.error.not-in-force");
    }
    if (!standing.permitsAgreementsAndVision()) {
      // 附則 第2: a city that has only asked to become a core city does not conclude yet.
      throw new LifecycleViolation("declaration.error.core-city-candidate");
    }
    version.conclude(agreements.parties(agreement), on);
    directoryChanges.changed(); // the partner may have become, or ceased to be, a 連携市町村
    publish(
        agreement, NoticeKind.AGREEMENT_CONCLUDED, "notice.agreement.concluded", version, on, on);
  }

  @Transactional
  public void recordPromulgation(long id, String municipality, String number, LocalDate on) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    AgreementVersion version = Agreements.latestConcluded(agreement, VersionStatus.CONCLUDED);
    version.recordPromulgation(agreements.parties(agreement), municipality, number, on);
    if (version.status() == VersionStatus.PROMULGATED) {
      publish(
          agreement,
          NoticeKind.AGREEMENT_PROMULGATED,
          "notice.agreement.promulgated",
          version,
          on,
          on);
    }
  }

  /** Records a filing the concluded version needs, named by its key ({@code 022012>MINISTRY}). */
  @Transactional
  public void recordFiling(long id, String key, LocalDate on) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    Agreements.latestConcluded(agreement, VersionStatus.PROMULGATED)
        .recordFiling(agreements.parties(agreement), key, on);
  }

  /**
   * The prefecture acknowledges a filing of version {@code number} addressed to its governor (要綱
   * 第7, 第8): its observing officer only, and only its own governor's.
   */
  @Transactional
  public void acknowledgeFiling(long id, int number, String key) {
    Agreement agreement = agreements.loadForAcknowledgement(id);
    agreement.versions().stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(() -> new LifecycleViolation("agreement.error.no-such-filing"))
        .acknowledgeFiling(
            key,
            agreements.acknowledgedPrefectures(),
            clock.today(),
            tenant.getCaller().username());
  }

  /**
   * Records a termination notice (要綱 第5(2)⑦) given by either party after its council resolved to;
   * the agreement lapses when its own period has passed.
   */
  @Transactional
  public void notifyTermination(long id, String by, LocalDate resolvedOn, LocalDate on) {
    indexing.changed(AgreementSearch.NAME, id);
    Agreement agreement = agreements.loadForLifecycle(id);
    AgreementVersion inForce =
        agreement
            .versionInForce()
            .orElseThrow(() -> new LifecycleViolation("agreement.error.not-in-force"));
    inForce.notifyTermination(agreements.parties(agreement), by, resolvedOn, on);
    publish(
        agreement,
        NoticeKind.AGREEMENT_TERMINATION,
        "notice.agreement.termination",
        inForce,
        on,
        inForce.lapsesOn().orElseThrow());
  }

  /**
   * The agreements of the request's circle whose lapse date has come cease to be in force (失効): the
   * partner is a partner no more, the cadence and the vision stop counting it, and a notice says
   * so. Run by {@link AgreementLapseJob}; safe to repeat, a lapsed agreement lapses once.
   */
  @Transactional
  public int lapseDue(LocalDate today) {
    int lapsed = 0;
    for (Agreement agreement : agreements.lapsingBy(today)) {
      AgreementVersion inForce = agreement.versionInForce().orElseThrow();
      if (inForce.lapseIfDue(today)) {
        indexing.changed(AgreementSearch.NAME, agreement.id());
        publish(
            agreement,
            NoticeKind.AGREEMENT_LAPSED,
            "notice.agreement.lapsed",
            inForce,
            inForce.terminationNotifiedOn(),
            inForce.lapsedOn());
        lapsed++;
      }
    }
    if (lapsed > 0) {
      directoryChanges.changed();
    }
    return lapsed;
  }

  @Transactional
  public int startAmendment(long id) {
    indexing.changed(AgreementSearch.NAME, id);
    return agreements.loadForLifecycle(id).startAmendment(clock.today()).number();
  }

  @Transactional
  public int startAbolition(long id) {
    indexing.changed(AgreementSearch.NAME, id);
    return agreements.loadForLifecycle(id).startAbolition(clock.today()).number();
  }

  private void publish(
      Agreement agreement,
      NoticeKind kind,
      String keyPrefix,
      AgreementVersion version,
      LocalDate first,
      LocalDate second) {
    MemberMunicipality partner = agreements.partnerOf(agreement);
    MemberMunicipality central = agreements.centralOf(agreement);
    notices.publish(
        kind,
        // The draft's notice opens the page at its comment form.
        "agreements/" + agreement.id() + (kind == NoticeKind.AGREEMENT_DRAFT ? "#feedback" : ""),
        keyPrefix,
        locale ->
            new Object[] {
              central.nameIn(locale),
              partner.nameIn(locale),
              Messages.text(locale, version.kind().messageKey()),
              OfficialDates.format(first, locale),
              OfficialDates.format(second, locale)
            });
  }
}
