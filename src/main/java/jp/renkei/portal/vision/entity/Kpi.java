package jp.renkei.portal.vision.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * ⑤ A key performance indicator: its field, baseline and target, and the municipality that reports
 * its yearly actuals. The key stays the same through the versions, so the actuals carry over.
 */
@Entity
@Table(name = "vision_kpi")
public class Kpi {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_kpi_seq")
  @SequenceGenerator(name = "vision_kpi_seq", sequenceName = "vision_kpi_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private VisionVersion version;

  @Column(name = "kpi_key", nullable = false, length = 40)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(name = "field", nullable = false, length = 30)
  private KpiField field;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "unit", nullable = false, length = 40)
  private String unit;

  @Column(name = "baseline", nullable = false, precision = 18, scale = 2)
  private BigDecimal baseline;

  @Column(name = "baseline_fy", nullable = false)
  private int baselineYear;

  @Column(name = "target", nullable = false, precision = 18, scale = 2)
  private BigDecimal target;

  @Column(name = "target_fy", nullable = false)
  private int targetYear;

  @Column(name = "responsible_code", nullable = false, length = 6)
  private String responsibleCode;

  /** The initiatives it measures, by their number in the same version. */
  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "vision_kpi_initiative", joinColumns = @JoinColumn(name = "kpi_id"))
  @Column(name = "initiative_number")
  private Set<Integer> measures = new TreeSet<>();

  protected Kpi() {}

  Kpi(VisionVersion version, String key, KpiDefinition definition) {
    this.version = version;
    this.key = key;
    if (definition.field() == null) {
      throw new VisionRefused("vision.error.kpi-field");
    }
    this.field = definition.field();
    this.name = VisionRefused.requiredText(definition.name(), 200, "vision.error.kpi-name");
    this.unit = VisionRefused.requiredText(definition.unit(), 40, "vision.error.kpi-unit");
    if (definition.baseline() == null || definition.target() == null) {
      throw new VisionRefused("vision.error.kpi-not-number");
    }
    if (definition.targetYear() < definition.baselineYear()) {
      throw new VisionRefused("vision.error.kpi-years");
    }
    this.baseline = definition.baseline();
    this.baselineYear = definition.baselineYear();
    this.target = definition.target();
    this.targetYear = definition.targetYear();
    this.responsibleCode =
        VisionRefused.requiredText(definition.responsibleCode(), 6, "vision.error.kpi-responsible");
  }

  Kpi copyTo(VisionVersion other) {
    Kpi copy = new Kpi(other, key, definition());
    copy.measures.addAll(measures);
    return copy;
  }

  /** Says which initiatives (by number) it measures; the version checks that they exist. */
  void measure(Set<Integer> initiativeNumbers) {
    measures.clear();
    measures.addAll(initiativeNumbers);
  }

  /** An initiative removed from the version is no longer measured. */
  void forget(int initiativeNumber) {
    measures.remove(initiativeNumber);
  }

  /** The numbers of the initiatives it measures, ascending. */
  public List<Integer> measures() {
    return List.copyOf(new TreeSet<>(measures));
  }

  public KpiDefinition definition() {
    return new KpiDefinition(
        field, name, unit, baseline, baselineYear, target, targetYear, responsibleCode);
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public KpiField field() {
    return field;
  }

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal baseline() {
    return baseline;
  }

  public int baselineYear() {
    return baselineYear;
  }

  public BigDecimal target() {
    return target;
  }

  public int targetYear() {
    return targetYear;
  }

  public String responsibleCode() {
    return responsibleCode;
  }

  /**
   * Whether an actual is reported for this fiscal year: each year after the baseline year (whose
   * figure is the baseline) up to the target year.
   */
  public boolean reportsOn(int fiscalYear) {
    return fiscalYear > baselineYear && fiscalYear <= targetYear;
  }

  /** What defines a KPI, as a form hands it over. */
  public record KpiDefinition(
      KpiField field,
      String name,
      String unit,
      BigDecimal baseline,
      int baselineYear,
      BigDecimal target,
      int targetYear,
      String responsibleCode) {}
}
