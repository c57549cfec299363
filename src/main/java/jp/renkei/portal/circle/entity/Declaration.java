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
import java.util.Collection;
import java.util.List;
import jp.renkei.portal.platform.rules.RequiredText;

/**
 * The central city's declaration (連携中枢都市宣言書, 要綱 第4) with its items ①–⑥. A change is a new
 * declaration; the newest is in force unless it was withdrawn (取消し, 第4(3)). Each declaration and
 * each withdrawal is published at once as a notice (第4(4)). Item ⑤ names the neighbours whose
 * commuting ratio to the city is 0.1 or more; one recorded at that ratio and not named there needs
 * an explanation.
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

  @Column(name = "commuting_note", length = MAX_ITEM)
  private String commutingNote;

  @Column(name = "other_neighbours", length = MAX_ITEM)
  private String otherNeighbours;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "declared_by_code", length = 6)
  private String declaredByCode;

  @Column(name = "cosigned_by_code", length = 6)
  private String cosignedByCode;

  @Column(name = "cosigned_on")
  private LocalDate cosignedOn;

  @Column(name = "withdrawal_reason", length = MAX_ITEM)
  private String withdrawalReason;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private LocalDateTime withdrawnAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Declaration() {}

  /**
   * A declaration with every required item of 第4(2); ⑥ (other neighbours) may be empty. Each of
   * {@code atOneTenth} — the neighbours recorded at a commuting ratio of 0.1 or more — is named in
   * ⑤, or the difference is explained.
   */
  public Declaration(
      long circleId,
      LocalDate declaredOn,
      Items items,
      Collection<String> atOneTenth,
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
    this.commutingNote =
        RequiredText.optional(items.commutingNote(), MAX_ITEM, Declaration::tooLong);
    List<String> unnamed = unnamed(commutingArea, atOneTenth);
    if (!unnamed.isEmpty() && commutingNote == null) {
      throw new CircleChangeRefused("declaration.error.commuting-unexplained", unnamed);
    }
    this.otherNeighbours =
        RequiredText.optional(items.otherNeighbours(), MAX_ITEM, Declaration::tooLong);
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The neighbours of {@code names} that item ⑤'s text does not name. */
  public static List<String> unnamed(String commutingArea, Collection<String> names) {
    String text = commutingArea == null ? "" : commutingArea.replaceAll("\\s+", "");
    return names.stream().filter(name -> !text.contains(name.replaceAll("\\s+", ""))).toList();
  }

  /**
   * Withdraws the declaration (第4(3): after a marked change of circumstances), with the reason the
   * notice gives; on a day between the declaration and today.
   */
  public void withdraw(LocalDate on, String reason, LocalDate today, String by, LocalDateTime at) {
    if (withdrawnOn != null) {
      throw new CircleChangeRefused("declaration.error.already-withdrawn");
    }
    if (on == null || on.isBefore(declaredOn) || on.isAfter(today)) {
      throw new CircleChangeRefused("declaration.error.withdrawn-on");
    }
    this.withdrawalReason =
        RequiredText.of(
            reason,
            MAX_ITEM,
            () -> new CircleChangeRefused("declaration.error.withdrawal-reason"),
            Declaration::tooLong);
    this.withdrawnOn = on;
    this.withdrawnBy = by;
    this.withdrawnAt = at;
  }

  /**
   * Records which central city declared, where two act jointly (要綱 第9): the declaration then waits
   * for {@link #cosign the other's signature} before it is in force.
   */
  public void declaredJointlyBy(String cityCode) {
    this.declaredByCode = cityCode;
  }

  /**
   * The other of two joint central cities signs the declaration (第9: 連名), on a day between the
   * declaration and today. Refused for the city that declared, twice, or once withdrawn.
   */
  public void cosign(String cityCode, LocalDate on, LocalDate today) {
    if (declaredByCode == null || cosignedByCode != null) {
      throw new CircleChangeRefused("declaration.error.not-awaiting-cosignature");
    }
    if (withdrawnOn != null) {
      throw new CircleChangeRefused("declaration.error.already-withdrawn");
    }
    if (declaredByCode.equals(cityCode)) {
      throw new CircleChangeRefused("declaration.error.cosign-own");
    }
    if (on == null || on.isBefore(declaredOn) || on.isAfter(today)) {
      throw new CircleChangeRefused("declaration.error.cosigned-on");
    }
    this.cosignedByCode = cityCode;
    this.cosignedOn = on;
  }

  /** True while a joint declaration waits for the other city's signature. */
  public boolean awaitsCosignature() {
    return declaredByCode != null && cosignedByCode == null && withdrawnOn == null;
  }

  public String declaredByCode() {
    return declaredByCode;
  }

  public String cosignedByCode() {
    return cosignedByCode;
  }

  public LocalDate cosignedOn() {
    return cosignedOn;
  }

  public boolean isWithdrawn() {
    return withdrawnOn != null;
  }

  private static String required(String text) {
    return RequiredText.of(
        text,
        MAX_ITEM,
        () -> new CircleChangeRefused("admin.error.declaration-item"),
        Declaration::tooLong);
  }

  private static CircleChangeRefused tooLong() {
    return new CircleChangeRefused("admin.error.too-long-at", MAX_ITEM);
  }

  /**
   * Items ①–⑥ of 第4(2), with the explanation of ⑤ where it differs from the recorded commuting
   * ratios.
   */
  public record Items(
      String willToLead,
      String population,
      String urbanFunctions,
      String cooperationFields,
      String commutingArea,
      String commutingNote,
      String otherNeighbours) {}

  public Items items() {
    return new Items(
        willToLead,
        population,
        urbanFunctions,
        cooperationFields,
        commutingArea,
        commutingNote,
        otherNeighbours);
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

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }
}
