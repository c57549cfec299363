package jp.renkei.portal.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.portal.agreement.boundary.AgreementLifecycle;
import jp.renkei.portal.agreement.boundary.AgreementRead;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.agreement.entity.Filing;
import jp.renkei.portal.agreement.entity.Parties;
import jp.renkei.portal.platform.i18n.LanguageSelection;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.localgov.CopyRecipient;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.Steps;

/**
 * The central city's lifecycle steps on the agreement page, one small form each. The boundary
 * checks the role again and refuses illegal steps; the person then sees why, and nothing changed.
 */
@Named
@RequestScoped
public class AgreementActions {

  @Inject Agreements agreements;
  @Inject AgreementLifecycle lifecycle;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject AgreementDetailView detail;
  @Inject LanguageSelection language;

  private LocalDate firstDate;
  private LocalDate secondDate;
  private String municipality;
  private String number;
  private String recipient;

  public void notifyResidents() {
    run(() -> lifecycle.notifyResidents(id(), firstDate, secondDate), "agreement.done.notified");
  }

  public void submitToCouncils() {
    run(() -> lifecycle.submitToCouncils(id()), "agreement.done.submitted");
  }

  public void recordResolution() {
    run(
        () -> lifecycle.recordResolution(id(), municipality, firstDate, number),
        "agreement.done.resolution");
  }

  public void conclude() {
    run(() -> lifecycle.conclude(id(), firstDate), "agreement.done.concluded");
  }

  public void recordPromulgation() {
    run(
        () -> lifecycle.recordPromulgation(id(), municipality, number, firstDate),
        "agreement.done.promulgation");
  }

  public void recordFiling() {
    run(() -> lifecycle.recordFiling(id(), recipient, firstDate), "agreement.done.filing");
  }

  public void notifyTermination() {
    run(
        () -> lifecycle.notifyTermination(id(), municipality, secondDate, firstDate),
        "agreement.done.termination");
  }

  public void startAmendment() {
    run(() -> lifecycle.startAmendment(id()), "agreement.done.amendment");
  }

  public void startAbolition() {
    run(() -> lifecycle.startAbolition(id()), "agreement.done.abolition");
  }

  public void acknowledgeFiling(String key) {
    run(
        () -> lifecycle.acknowledgeFiling(id(), detail.getVersion().number(), key),
        "agreement.done.filing-acknowledged");
  }

  /** The filings still to record, by key ({@code 022012>GOVERNOR:02}), in the required order. */
  public List<Parties.RequiredFiling> getOpenFilings() {
    AgreementRead read = detail.getRead();
    Set<String> recorded = new TreeSet<>();
    detail.getVersion().filings().forEach(f -> recorded.add(f.key()));
    return read.parties().requiredFilings().stream()
        .filter(r -> !recorded.contains(r.key()))
        .toList();
  }

  /** A filing as people say it: 平内町 → 青森県知事 / Hiranai Town → Governor of Aomori. */
  public String filingLabel(String sender, String recipient) {
    return Messages.text(
        language.getLocale(),
        "agreement.filing.from-to",
        detail.nameOf(sender),
        recipientLabel(recipient));
  }

  /** True when the caller (the prefecture's officer) may acknowledge this filing now. */
  public boolean acknowledges(Filing filing) {
    return !filing.isAcknowledged()
        && filing
            .governorsPrefecture()
            .map(detail.getRead().acknowledgedPrefectures()::contains)
            .orElse(false);
  }

  /** A filing recipient as people say it: 青森県知事 / Governor of Aomori, 総務省 / the Ministry. */
  public String recipientLabel(String recipient) {
    return CopyRecipient.label(recipient, language.getLocale());
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, "agreements/" + id());
  }

  private long id() {
    return tenant.getPathId();
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public void setFirstDate(LocalDate firstDate) {
    this.firstDate = firstDate;
  }

  public LocalDate getSecondDate() {
    return secondDate;
  }

  public void setSecondDate(LocalDate secondDate) {
    this.secondDate = secondDate;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }
}
