package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.rules.RequiredText;

/**
 * The central city's declaration (連携中枢都市宣言書, 要綱 第4) with its items ①–⑥. A change is a new
 * declaration; the newest is in force. Each is published at once as a notice (第4(4)).
 */
@Entity
@Table(name = "circle_declaration")
public class Declaration {

  public static final int MAX_ITEM = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circle_declaration_seq")
  @SequenceGenerator(
      name = "circle_declaration_seq",
      sequenceName = "circle_declaration_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "declared_on", nullable = false)
  private LocalDate declaredOn;

  @Column(name = "will_to_lead", nullable = false, length = MAX_ITEM)
  private String willToLead;

  @Column(name = "population", nullable = false, length = MAX_ITEM)
  private String population;

  @Column(name = "urban_functions", nullable = false, length = MAX_ITEM)
  private String urbanFunctions;

  @Column(name = "cooperation_fields", nullable = false, length = MAX_ITEM)
  private String cooperationFields;

  @Column(name = "commuting_area", nullable = false, length = MAX_ITEM)
  private String commutingArea;

  @Column(name = "other_neighbours", length = MAX_ITEM)
  private String otherNeighbours;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Declaration() {}

  /** A declaration with every required item of 第4(2); ⑥ (other neighbours) may be empty. */
  public Declaration(
      long circleId,
      LocalDate declaredOn,
      Items items,
      LocalDate today,
      String recordedBy,
      LocalDateTime recordedAt) {
    if (declaredOn == null || declaredOn.isAfter(today)) {
      throw new CircleChangeRefused("admin.error.declared-on");
    }
    this.circleId = circleId;
    this.declaredOn = declaredOn;
    this.willToLead = required(items.willToLead());
    this.population = required(items.population());
    this.urbanFunctions = required(items.urbanFunctions());
    this.cooperationFields = required(items.cooperationFields());
    this.commutingArea = required(items.commutingArea());
    this.otherNeighbours =
        RequiredText.optional(items.otherNeighbours(), MAX_ITEM, Declaration::tooLong);
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  private static String required(String text) {
    return RequiredText.of(
        text,
        MAX_ITEM,
        () -> new CircleChangeRefused("admin.error.declaration-item"),
        Declaration::tooLong);
  }

  private static CircleChangeRefused tooLong() {
    return new CircleChangeRefused("admin.error.too-long");
  }

  /** Items ①–⑥ of 第4(2). */
  public record Items(
      String willToLead,
      String population,
      String urbanFunctions,
      String cooperationFields,
      String commutingArea,
      String otherNeighbours) {}

  public Items items() {
    return new Items(
        willToLead, population, urbanFunctions, cooperationFields, commutingArea, otherNeighbours);
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public LocalDate declaredOn() {
    return declaredOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
