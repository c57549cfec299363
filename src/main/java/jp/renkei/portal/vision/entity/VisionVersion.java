package jp.renkei.portal.vision.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.renkei.portal.platform.time.PublicationTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of a circle's vision: the whole document with the items of 要綱 第6(3). A draft is
 * written by the central city until it is put to the partners or the residents; from then on a
 * change is a new draft, so that what was consulted on stays as it was. Adopted versions never
 * change; a yearly revision starts a new cycle from the adopted one.
 *
 * <p>Longer than 300 lines because the five items of 第6(3) and the draft's lifecycle are one
 * aggregate: a change to any of them goes through this version.
 */
@Entity
@Table(name = "vision_version")
public class VisionVersion {

  public static final int MAX_FUTURE_IMAGE = 8000;

  /** 第6(3)④ speaks of about five years; longer than this is certainly a typing error. */
  static final int LONGEST_PERIOD_YEARS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_version_seq")
  @SequenceGenerator(
      name = "vision_version_seq",
      sequenceName = "vision_version_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "cycle", nullable = false)
  private int cycle;

  @Column(name = "based_on_id")
  private Long basedOnId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private VisionStatus status;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "future_image", length = MAX_FUTURE_IMAGE)
  private String futureImage;

  @Column(name = "period_start_fy", nullable = false)
  private int periodStart;

  @Column(name = "period_end_fy", nullable = false)
  private int periodEnd;

  @Column(name = "revision_policy", length = 2000)
  private String revisionPolicy;

  @Column(name = "comment_opens")
  private LocalDate commentOpens;

  @Column(name = "comment_closes")
  private LocalDate commentCloses;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "adopted_at")
  private LocalDateTime adoptedAt;

  @Column(name = "adopted_by", length = 100)
  private String adoptedBy;

  @Column(name = "override_reason", length = 2000)
  private String overrideReason;

  @Column(name = "adopt_at")
  private LocalDateTime adoptAt;

  @Column(name = "adopt_scheduled_by")
  private String adoptScheduledBy;

  @Column(name = "adopt_override_reason", length = 2000)
  private String adoptOverrideReason;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "vision_target", joinColumns = @JoinColumn(name = "version_id"))
  @OrderBy("fiscalYear")
  private List<PopulationTarget> targets = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("number")
  private List<VisionInitiative> initiatives = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("field, id")
  private List<Kpi> kpis = new ArrayList<>();

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected VisionVersion() {}

  /** The first draft of a circle's first vision. */
  public VisionVersion(
      long circleId,
      int number,
      String title,
      int periodStart,
      int periodEnd,
      String createdBy,
      LocalDateTime createdAt) {
    this.circleId = circleId;
    this.number = number;
    this.cycle = 1;
    this.status = VisionStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    outline(title, null, periodStart, periodEnd, null);
  }

  /**
   * A new draft with this version's content: a redraft of this draft (same cycle; this one is
   * replaced) or the yearly revision of this adopted version (next cycle).
   */
  public VisionVersion nextDraft(int newNumber, String by, LocalDateTime at) {
    int nextCycle;
    if (status == VisionStatus.DRAFT) {
      nextCycle = cycle;
    } else if (status == VisionStatus.ADOPTED) {
      nextCycle = cycle + 1;
    } else {
      throw new VisionRefused("vision.error.not-current");
    }
    VisionVersion next =
        new VisionVersion(circleId, newNumber, title, periodStart, periodEnd, by, at);
    next.cycle = nextCycle;
    next.basedOnId = id;
    next.futureImage = futureImage;
    next.revisionPolicy = revisionPolicy;
    next.targets.addAll(targets);
    initiatives.forEach(i -> next.initiatives.add(i.copyTo(next)));
    kpis.forEach(k -> next.kpis.add(k.copyTo(next)));
    if (status == VisionStatus.DRAFT) {
      status = VisionStatus.REPLACED;
    }
    return next;
  }

  /** ①②④ in one: the title, the future image, the period and how it is revised. */
  public void outline(
      String title, String futureImage, int periodStart, int periodEnd, String revisionPolicy) {
    if (periodStart < 2000 || periodStart > 2100) {
      throw new VisionRefused("vision.error.period");
    }
    if (periodEnd < periodStart || periodEnd - periodStart + 1 > LONGEST_PERIOD_YEARS) {
      throw new VisionRefused("vision.error.period");
    }
    this.title = VisionRefused.requiredText(title, 200, "vision.error.title-required");
    this.futureImage = VisionRefused.optionalText(futureImage, MAX_FUTURE_IMAGE);
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.revisionPolicy = VisionRefused.optionalText(revisionPolicy, 2000);
  }

  /** Sets the target of a fiscal year, replacing one already there. */
  public void setTarget(PopulationTarget target) {
    targets.removeIf(t -> t.fiscalYear() == target.fiscalYear());
    targets.add(target);
    targets.sort(Comparator.comparingInt(PopulationTarget::fiscalYear));
  }

  public void removeTarget(int fiscalYear) {
    targets.removeIf(t -> t.fiscalYear() == fiscalYear);
  }

  /** Adds an initiative under the next free number; returns the number. */
  public int addInitiative(VisionInitiative.InitiativeContent content) {
    checkCostYears(content);
    int next = initiatives.stream().mapToInt(VisionInitiative::number).max().orElse(0) + 1;
    initiatives.add(new VisionInitiative(this, next, content));
    return next;
  }

  public void changeInitiative(int number, VisionInitiative.InitiativeContent content) {
    checkCostYears(content);
    initiative(number)
        .orElseThrow(() -> new VisionRefused("vision.error.no-such-initiative"))
        .change(content);
  }

  public void removeInitiative(int number) {
    if (!initiatives.removeIf(i -> i.number() == number)) {
      throw new VisionRefused("vision.error.no-such-initiative");
    }
    kpis.forEach(k -> k.forget(number));
  }

  public void addKpi(Kpi.KpiDefinition definition) {
    addKpi(definition, Set.of());
  }

  /** Adds a KPI measuring these initiatives (by number): each must be one of this version's. */
  public void addKpi(Kpi.KpiDefinition definition, Set<Integer> measures) {
    for (int number : measures) {
      if (initiative(number).isEmpty()) {
        throw new VisionRefused("vision.error.no-such-initiative");
      }
    }
    Kpi kpi = new Kpi(this, UUID.randomUUID().toString(), definition);
    kpi.measure(measures);
    kpis.add(kpi);
  }

  public void removeKpi(String key) {
    if (!kpis.removeIf(k -> k.key().equals(key))) {
      throw new VisionRefused("vision.error.no-such-kpi");
    }
  }

  /** Puts the draft to the residents from today until {@code closes} (inclusive). */
  public void openPublicComment(LocalDate today, LocalDate closes) {
    requireDraft();
    if (commentOpens != null) {
      throw new VisionRefused("vision.error.comment-already-open");
    }
    if (closes == null || closes.isBefore(today)) {
      throw new VisionRefused("vision.error.deadline-past");
    }
    commentOpens = today;
    commentCloses = closes;
  }

  /**
   * Adopts this draft. The gate (deliberation, sign-offs) is checked by {@link AdoptionCheck}
   * before; an override reason, when given, is kept on the record.
   */
  public void adopt(String by, LocalDateTime at, String overrideReason) {
    requireDraft();
    this.status = VisionStatus.ADOPTED;
    this.adoptedBy = by;
    this.adoptedAt = at;
    this.overrideReason = VisionRefused.optionalText(overrideReason, 2000);
    this.adoptAt = null;
  }

  /**
   * Prepares this draft's adoption and publication (第6(6)) for {@code at} (Japan time), when the
   * publication job adopts it as it reads then, if the gate still passes; the time may be changed,
   * or the preparation withdrawn, until then.
   */
  public void scheduleAdoption(
      LocalDateTime at, LocalDateTime now, String by, String overrideReason) {
    requireDraft();
    this.adoptAt = PublicationTime.requireLater(at, now, VisionRefused::new);
    this.adoptScheduledBy = by;
    this.adoptOverrideReason = VisionRefused.optionalText(overrideReason, 2000);
  }

  public void withdrawScheduledAdoption() {
    if (!isAdoptionScheduled()) {
      throw new VisionRefused("publication.error.not-scheduled");
    }
    this.adoptAt = null;
  }

  /** True while this draft is prepared to be adopted at a time not reached yet. */
  public boolean isAdoptionScheduled() {
    return adoptAt != null && status == VisionStatus.DRAFT;
  }

  public LocalDateTime adoptAt() {
    return adoptAt;
  }

  public String adoptScheduledBy() {
    return adoptScheduledBy;
  }

  public String adoptOverrideReason() {
    return adoptOverrideReason;
  }

  /**
   * What the vision still lacks to be adopted (要綱 第6(3)): the population and ageing-rate targets
   * (②), an initiative (③), and a KPI in each of the three fields (⑤) — as message keys, empty when
   * it is complete.
   */
  public List<String> missingParts() {
    List<String> missing = new java.util.ArrayList<>();
    if (targets().isEmpty()) {
      missing.add("vision.incomplete.targets");
    }
    if (initiatives().isEmpty()) {
      missing.add("vision.incomplete.initiatives");
    }
    for (KpiField field : KpiField.values()) {
      if (kpis().stream().noneMatch(k -> k.field() == field)) {
        missing.add("vision.incomplete.kpi." + field.name());
      }
    }
    return missing;
  }

  /** The adopted version a newer adoption takes the place of. */
  public void supersede() {
    if (status == VisionStatus.ADOPTED) {
      status = VisionStatus.SUPERSEDED;
    }
  }

  /** Drafting is allowed only on a draft nobody was consulted on yet. */
  public void requireEditable(boolean roundsOpened) {
    requireDraft();
    if (roundsOpened || commentOpens != null) {
      throw new VisionRefused("vision.error.under-consultation");
    }
  }

  public void requireDraft() {
    if (status != VisionStatus.DRAFT) {
      throw new VisionRefused(
          status == VisionStatus.ADOPTED || status == VisionStatus.SUPERSEDED
              ? "vision.error.adopted"
              : "vision.error.not-current");
    }
  }

  private void checkCostYears(VisionInitiative.InitiativeContent content) {
    for (FiscalYearCost cost : content.costs()) {
      if (cost.fiscalYear() < periodStart || cost.fiscalYear() > periodEnd) {
        throw new VisionRefused("vision.error.cost-year");
      }
    }
  }

  /** Public once adopted, or while and after it is put to the residents for comment. */
  public boolean isPublic() {
    return status == VisionStatus.ADOPTED
        || status == VisionStatus.SUPERSEDED
        || commentOpens != null;
  }

  public boolean isAdoptedOnce() {
    return status == VisionStatus.ADOPTED || status == VisionStatus.SUPERSEDED;
  }

  public boolean isCommentOpen(LocalDate today) {
    return commentOpens != null && !today.isBefore(commentOpens) && !today.isAfter(commentCloses);
  }

  /** The section keys of this version, in the order of the document. */
  public List<String> sectionKeys() {
    List<String> keys = new ArrayList<>();
    keys.add(SectionKey.NAMES);
    keys.add(SectionKey.FUTURE);
    initiatives.forEach(i -> keys.add(i.sectionKey()));
    keys.add(SectionKey.PERIOD);
    keys.add(SectionKey.KPI);
    return keys;
  }

  public boolean hasSection(String key) {
    return sectionKeys().contains(key);
  }

  public Optional<VisionInitiative> initiative(int number) {
    return initiatives.stream().filter(i -> i.number() == number).findFirst();
  }

  public Optional<Kpi> kpi(String key) {
    return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public int number() {
    return number;
  }

  public int cycle() {
    return cycle;
  }

  public Long basedOnId() {
    return basedOnId;
  }

  public VisionStatus status() {
    return status;
  }

  public boolean isDraft() {
    return status == VisionStatus.DRAFT;
  }

  public String title() {
    return title;
  }

  public String futureImage() {
    return futureImage;
  }

  public int periodStart() {
    return periodStart;
  }

  public int periodEnd() {
    return periodEnd;
  }

  /** The fiscal years of the period, first to last. */
  public List<Integer> periodYears() {
    List<Integer> years = new ArrayList<>();
    for (int y = periodStart; y <= periodEnd; y++) {
      years.add(y);
    }
    return years;
  }

  public String revisionPolicy() {
    return revisionPolicy;
  }

  public LocalDate commentOpens() {
    return commentOpens;
  }

  public LocalDate commentCloses() {
    return commentCloses;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime adoptedAt() {
    return adoptedAt;
  }

  public String adoptedBy() {
    return adoptedBy;
  }

  public String overrideReason() {
    return overrideReason;
  }

  public List<PopulationTarget> targets() {
    return Collections.unmodifiableList(targets);
  }

  public List<VisionInitiative> initiatives() {
    return Collections.unmodifiableList(initiatives);
  }

  public List<Kpi> kpis() {
    return Collections.unmodifiableList(kpis);
  }

  public long lockVersion() {
    return lockVersion;
  }
}
