package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.text.TypedNumbers;

/**
 * The actual value of a KPI in one fiscal year, entered by the municipality responsible for it. A
 * correction replaces the value and says who made it.
 */
@Entity
@Table(name = "kpi_actual")
public class KpiActual {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_actual_seq")
  @SequenceGenerator(name = "kpi_actual_seq", sequenceName = "kpi_actual_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "kpi_key", nullable = false, length = 40)
  private String kpiKey;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "actual", nullable = false, precision = 18, scale = 2)
  private BigDecimal actual;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected KpiActual() {}

  public KpiActual(
      long circleId,
      String kpiKey,
      int fiscalYear,
      BigDecimal actual,
      String enteredBy,
      LocalDateTime enteredAt) {
    this.circleId = circleId;
    this.kpiKey = kpiKey;
    this.fiscalYear = fiscalYear;
    correct(actual, enteredBy, enteredAt);
  }

  public void correct(BigDecimal value, String by, LocalDateTime at) {
    this.actual = value;
    this.enteredBy = by;
    this.enteredAt = at;
  }

  /**
   * Reads a number as people type it: digits with an optional sign, decimal point and thousands
   * separators (full-width digits too); anything else is refused.
   */
  public static BigDecimal parse(String typed) {
    return TypedNumbers.decimal(typed, 16, 2)
        .orElseThrow(() -> new VisionRefused("vision.error.kpi-not-number"));
  }

  public Long id() {
    return id;
  }

  public String kpiKey() {
    return kpiKey;
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public BigDecimal actual() {
    return actual;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public LocalDateTime enteredAt() {
    return enteredAt;
  }
}
