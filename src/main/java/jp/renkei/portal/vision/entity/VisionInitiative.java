package jp.renkei.portal.vision.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * ③ A concrete initiative of the vision: what, when, which municipalities it concerns, the
 * agreement clause it rests on, and for budgeted ones the cost per fiscal year. Its number stays
 * the same through the versions, so comments and differences follow it.
 */
@Entity
@Table(name = "vision_initiative")
public class VisionInitiative {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_initiative_seq")
  @SequenceGenerator(
      name = "vision_initiative_seq",
      sequenceName = "vision_initiative_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private VisionVersion version;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "schedule", nullable = false, length = 1000)
  private String schedule;

  @Column(name = "clause", nullable = false, length = 200)
  private String clause;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "vision_initiative_municipality",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @Column(name = "municipality_code")
  private Set<String> municipalities = new TreeSet<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "vision_initiative_cost",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @OrderBy("fiscalYear")
  private List<FiscalYearCost> costs = new ArrayList<>();

  protected VisionInitiative() {}

  VisionInitiative(VisionVersion version, int number, InitiativeContent content) {
    this.version = version;
    this.number = number;
    change(content);
  }

  /** Replaces what the initiative says; checked like a new one. */
  void change(InitiativeContent content) {
    this.title = VisionRefused.requiredText(content.title(), 200, "vision.error.title-required");
    this.content =
        VisionRefused.requiredText(content.content(), 4000, "vision.error.content-required");
    this.schedule =
        VisionRefused.requiredText(content.schedule(), 1000, "vision.error.schedule-required");
    this.clause = VisionRefused.requiredText(content.clause(), 200, "vision.error.clause-required");
    if (content.municipalities().isEmpty()) {
      throw new VisionRefused("vision.error.municipalities-required");
    }
    municipalities.clear();
    municipalities.addAll(content.municipalities());
    costs.clear();
    content.costs().stream()
        .sorted(java.util.Comparator.comparingInt(FiscalYearCost::fiscalYear))
        .forEach(costs::add);
  }

  VisionInitiative copyTo(VisionVersion other) {
    return new VisionInitiative(
        other,
        number,
        new InitiativeContent(title, content, schedule, clause, municipalities, costs));
  }

  public boolean concerns(String municipalityCode) {
    return municipalities.contains(municipalityCode);
  }

  public boolean isBudgeted() {
    return !costs.isEmpty();
  }

  /** The total of the yearly costs, in thousand yen. */
  public long totalCost() {
    return costs.stream().mapToLong(FiscalYearCost::amount).sum();
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public String sectionKey() {
    return SectionKey.initiative(number);
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public String schedule() {
    return schedule;
  }

  public String clause() {
    return clause;
  }

  public Set<String> municipalities() {
    return Collections.unmodifiableSet(municipalities);
  }

  public List<FiscalYearCost> costs() {
    return Collections.unmodifiableList(costs);
  }

  /** What an initiative says, as a form or a copy hands it over. */
  public record InitiativeContent(
      String title,
      String content,
      String schedule,
      String clause,
      Collection<String> municipalities,
      Collection<FiscalYearCost> costs) {}
}
