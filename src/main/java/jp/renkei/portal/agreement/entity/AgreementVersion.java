package jp.renkei.portal.agreement.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an agreement — the first conclusion, an amendment or the abolition — with its
 * clauses and the record of every step of its lifecycle. Each step is a method that refuses, with a
 * {@link LifecycleViolation}, anything the law and the guideline do not allow, and changes nothing
 * then.
 *
 * <p>Longer than 300 lines because every step of the lifecycle has its gate here, on the version it
 * guards.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_version_seq")
  @SequenceGenerator(
      name = "agreement_version_seq",
      sequenceName = "agreement_version_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agreement_id")
  private Agreement agreement;

  @Column(name = "number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private VersionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private VersionStatus status;

  @Embedded private AgreementText text;

  @ElementCollection
  @CollectionTable(name = "agreement_initiative", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<Initiative> initiatives = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_resolution", joinColumns = @JoinColumn(name = "version_id"))
  private List<CouncilResolution> resolutions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_promulgation", joinColumns = @JoinColumn(name = "version_id"))
  private List<Promulgation> promulgations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_filing", joinColumns = @JoinColumn(name = "version_id"))
  private List<Filing> filings = new ArrayList<>();

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @Column(name = "feedback_opens")
  private LocalDate feedbackOpens;

  @Column(name = "feedback_closes")
  private LocalDate feedbackCloses;

  @Column(name = "council_review_on")
  private LocalDate councilReviewOn;

  @Column(name = "concluded_on")
  private LocalDate concludedOn;

  @Column(name = "termination_notified_on")
  private LocalDate terminationNotifiedOn;

  /** The party that gave the termination notice (要綱 第5(2)⑦: either may). */
  @Column(name = "termination_notified_by", length = 6)
  private String terminationNotifiedBy;

  /** The day that party's council resolved to give notice (地方自治法 252条の2 第7項, 96条2項). */
  @Column(name = "termination_resolution_on")
  private LocalDate terminationResolutionOn;

  /** The day the agreement ceased to be in force (失効), once its lapse date came. */
  @Column(name = "lapsed_on")
  private LocalDate lapsedOn;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected AgreementVersion() {}

  AgreementVersion(
      Agreement agreement,
      int number,
      VersionKind kind,
      AgreementText text,
      List<Initiative> initiatives,
      LocalDate createdOn) {
    this.agreement = agreement;
    this.number = number;
    this.kind = kind;
    this.status = VersionStatus.DRAFT;
    this.text = text;
    this.initiatives = new ArrayList<>(initiatives);
    this.createdOn = createdOn;
  }

  /** Replaces the draft's clauses and initiatives (central city or the partner, co-editing). */
  public void revise(AgreementText newText, List<Initiative> newInitiatives, String editor) {
    requireStatus(VersionStatus.DRAFT, "agreement.error.not-a-draft");
    this.text = newText;
    this.initiatives = new ArrayList<>(newInitiatives);
    this.updatedBy = editor;
  }

  public Checklist checklist() {
    return Checklist.of(text, initiatives);
  }

  /** Publishes the draft to residents with a feedback period (第5(3)①). */
  public void notifyResidents(LocalDate opens, LocalDate closes) {
    requireStatus(VersionStatus.DRAFT, "agreement.error.not-a-draft");
    if (!checklist().isComplete()) {
      throw new LifecycleViolation("agreement.error.checklist-incomplete");
    }
    if (opens == null || closes == null || opens.isBefore(createdOn) || closes.isBefore(opens)) {
      throw new LifecycleViolation("agreement.error.feedback-period");
    }
    feedbackOpens = opens;
    feedbackCloses = closes;
    status = VersionStatus.NOTIFICATION;
  }

  /** Whether residents may give feedback today. */
  public boolean isFeedbackOpen(LocalDate today) {
    return status == VersionStatus.NOTIFICATION
        && !today.isBefore(feedbackOpens)
        && !today.isAfter(feedbackCloses);
  }

  /** Sends the version to both councils once the residents' feedback period has ended. */
  public void submitToCouncils(LocalDate today) {
    requireStatus(VersionStatus.NOTIFICATION, "agreement.error.not-notified");
    if (today.isBefore(feedbackCloses)) {
      throw new LifecycleViolation("agreement.error.feedback-still-open");
    }
    councilReviewOn = today;
    status = VersionStatus.COUNCIL_REVIEW;
  }

  /**
   * Records one council's resolution (地方自治法 252条の2 第3項): not dated before the draft went to the
   * councils, which is when they could first resolve on it.
   */
  public void recordResolution(Parties parties, String municipality, LocalDate on, String number) {
    requireStatus(VersionStatus.COUNCIL_REVIEW, "agreement.error.not-in-council");
    if (!parties.includes(municipality)) {
      throw new LifecycleViolation("agreement.error.not-a-party");
    }
    if (resolutionOf(municipality).isPresent()) {
      throw new LifecycleViolation("agreement.error.resolution-exists");
    }
    if (on == null || on.isBefore(councilReviewOn)) {
      throw new LifecycleViolation("agreement.error.resolution-date");
    }
    if (number == null || number.isBlank()) {
      throw new LifecycleViolation("agreement.error.number-required");
    }
    resolutions.add(new CouncilResolution(municipality, on, number.strip()));
  }

  /** Concludes the version: only when every party's council has resolved (締結). */
  public void conclude(Parties parties, LocalDate on) {
    requireStatus(VersionStatus.COUNCIL_REVIEW, "agreement.error.not-in-council");
    if (!parties.municipalityCodes().stream().allMatch(m -> resolutionOf(m).isPresent())) {
      throw new LifecycleViolation("agreement.error.resolutions-missing");
    }
    LocalDate lastResolution =
        resolutions.stream()
            .map(CouncilResolution::resolvedOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    if (on == null || on.isBefore(lastResolution)) {
      throw new LifecycleViolation("agreement.error.conclusion-date");
    }
    concludedOn = on;
    status = VersionStatus.CONCLUDED;
  }

  /**
   * Records one municipality's public notice (告示); with every party's, the version is promulgated.
   */
  public void recordPromulgation(
      Parties parties, String municipality, String number, LocalDate on) {
    requireStatus(VersionStatus.CONCLUDED, "agreement.error.not-concluded");
    if (!parties.includes(municipality)) {
      throw new LifecycleViolation("agreement.error.not-a-party");
    }
    if (promulgations.stream().anyMatch(p -> p.municipalityCode().equals(municipality))) {
      throw new LifecycleViolation("agreement.error.promulgation-exists");
    }
    if (on == null || on.isBefore(concludedOn)) {
      throw new LifecycleViolation("agreement.error.promulgation-date");
    }
    if (number == null || number.isBlank()) {
      throw new LifecycleViolation("agreement.error.number-required");
    }
    promulgations.add(new Promulgation(municipality, number.strip(), on));
    if (parties.municipalityCodes().stream()
        .allMatch(m -> promulgations.stream().anyMatch(p -> p.municipalityCode().equals(m)))) {
      status = VersionStatus.PROMULGATED;
    }
  }

  /**
   * Records a filing with a governor or the Ministry, not dated before the last public notice (告示)
   * it reports; with all of them, the version is filed.
   */
  /**
   * Records one of the filings the version needs ({@link Parties#requiredFilings}), named by its
   * key; the version is filed once all are recorded.
   */
  public void recordFiling(Parties parties, String key, LocalDate on) {
    requireStatus(VersionStatus.PROMULGATED, "agreement.error.not-promulgated");
    Parties.RequiredFiling required =
        parties.requiredFilings().stream()
            .filter(r -> r.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new LifecycleViolation("agreement.error.not-a-recipient"));
    if (filings.stream().anyMatch(f -> f.key().equals(key))) {
      throw new LifecycleViolation("agreement.error.filing-exists");
    }
    LocalDate lastPromulgation =
        promulgations.stream()
            .map(Promulgation::notifiedOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    if (on == null || on.isBefore(lastPromulgation)) {
      throw new LifecycleViolation("agreement.error.filing-date");
    }
    filings.add(new Filing(required.sender(), required.recipient(), on));
    if (parties.requiredFilings().stream()
        .allMatch(r -> filings.stream().anyMatch(f -> f.key().equals(r.key())))) {
      status = VersionStatus.FILED;
    }
  }

  /** The prefecture acknowledges, once, a filing addressed to its governor (要綱 第7, 第8). */
  public void acknowledgeFiling(String key, Set<String> prefectures, LocalDate today, String by) {
    Filing filing =
        filings.stream()
            .filter(f -> f.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new LifecycleViolation("agreement.error.no-such-filing"));
    if (!filing.governorsPrefecture().map(prefectures::contains).orElse(false)) {
      throw new LifecycleViolation("agreement.error.not-your-filing");
    }
    if (filing.isAcknowledged()) {
      throw new LifecycleViolation("agreement.error.filing-acknowledged");
    }
    filing.acknowledge(today, by);
  }

  /**
   * One party — the central city or the partner — notifies termination after its council resolved
   * to; the agreement lapses when the period its own ⑦ clause sets has passed (原則として2年).
   */
  public void notifyTermination(Parties parties, String by, LocalDate resolvedOn, LocalDate on) {
    if (!status.isConcluded() || kind == VersionKind.ABOLITION || lapsedOn != null) {
      throw new LifecycleViolation("agreement.error.not-in-force");
    }
    if (!text.terminationClause()) {
      throw new LifecycleViolation("agreement.error.no-termination-clause");
    }
    if (terminationNotifiedOn != null) {
      throw new LifecycleViolation("agreement.error.termination-exists");
    }
    if (by == null || !parties.includes(by)) {
      throw new LifecycleViolation("agreement.error.termination-party");
    }
    if (on == null || on.isBefore(concludedOn)) {
      throw new LifecycleViolation("agreement.error.termination-date");
    }
    if (resolvedOn == null || resolvedOn.isAfter(on) || resolvedOn.isBefore(concludedOn)) {
      throw new LifecycleViolation("agreement.error.termination-resolution");
    }
    terminationNotifiedBy = by;
    terminationResolutionOn = resolvedOn;
    terminationNotifiedOn = on;
  }

  /** The day the agreement lapses after a termination notice, if one was given. */
  public Optional<LocalDate> lapsesOn() {
    return Optional.ofNullable(terminationNotifiedOn).map(d -> d.plusYears(text.lapseYears()));
  }

  /**
   * On or after its lapse date, the agreement ceases to be in force (失効); true when this call made
   * it so. Safe to repeat.
   */
  public boolean lapseIfDue(LocalDate today) {
    Optional<LocalDate> lapses = lapsesOn();
    if (lapsedOn != null || lapses.isEmpty() || today.isBefore(lapses.get())) {
      return false;
    }
    lapsedOn = lapses.get();
    return true;
  }

  public boolean isLapsed() {
    return lapsedOn != null;
  }

  public LocalDate lapsedOn() {
    return lapsedOn;
  }

  public String terminationNotifiedBy() {
    return terminationNotifiedBy;
  }

  public LocalDate terminationResolutionOn() {
    return terminationResolutionOn;
  }

  public Optional<CouncilResolution> resolutionOf(String municipality) {
    return resolutions.stream().filter(r -> r.municipalityCode().equals(municipality)).findFirst();
  }

  private void requireStatus(VersionStatus required, String messageKey) {
    if (status != required) {
      throw new LifecycleViolation(messageKey);
    }
  }

  public Long id() {
    return id;
  }

  public Agreement agreement() {
    return agreement;
  }

  public int number() {
    return number;
  }

  public VersionKind kind() {
    return kind;
  }

  public VersionStatus status() {
    return status;
  }

  public AgreementText text() {
    return text;
  }

  public List<Initiative> initiatives() {
    return Collections.unmodifiableList(initiatives);
  }

  public List<CouncilResolution> resolutions() {
    return Collections.unmodifiableList(resolutions);
  }

  public List<Promulgation> promulgations() {
    return Collections.unmodifiableList(promulgations);
  }

  public List<Filing> filings() {
    return Collections.unmodifiableList(filings);
  }

  public LocalDate createdOn() {
    return createdOn;
  }

  public LocalDate feedbackOpens() {
    return feedbackOpens;
  }

  public LocalDate feedbackCloses() {
    return feedbackCloses;
  }

  public LocalDate councilReviewOn() {
    return councilReviewOn;
  }

  public LocalDate concludedOn() {
    return concludedOn;
  }

  public LocalDate terminationNotifiedOn() {
    return terminationNotifiedOn;
  }

  public long lockVersion() {
    return lockVersion;
  }
}
