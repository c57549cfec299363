package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;

/**
 * When the responsible municipalities' actuals of a fiscal year are due, as the central city set
 * it; without one, 30 June after the year (settled accounts). Never before the year has ended, nor
 * more than a year after.
 */
@Entity
@Table(name = "kpi_deadline")
public class KpiDeadline {

  /** The deadline of a fiscal year the central city did not set: 30 June after it. */
  public static final MonthDay DEFAULT_DUE = MonthDay.of(6, 30);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_deadline_seq")
  @SequenceGenerator(
      name = "kpi_deadline_seq",
      sequenceName = "kpi_deadline_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "set_by", nullable = false, length = 100)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private LocalDateTime setAt;

  protected KpiDeadline() {}

  public KpiDeadline(long circleId, int fiscalYear) {
    this.circleId = circleId;
    this.fiscalYear = fiscalYear;
  }

  /** The default deadline of a fiscal year (named by its April). */
  public static LocalDate defaultFor(int fiscalYear) {
    return DEFAULT_DUE.atYear(fiscalYear + 1);
  }

  /** Sets the day; refused before the year has ended or more than a year after it. */
  public void set(LocalDate day, String by, LocalDateTime now) {
    LocalDate yearEnds = LocalDate.of(fiscalYear + 1, 3, 31);
    if (day == null) {
      throw new VisionRefused("vision.error.deadline-required");
    }
    if (!day.isAfter(yearEnds) || day.isAfter(yearEnds.plusYears(1))) {
      throw new VisionRefused("vision.error.kpi-deadline-range");
    }
    this.dueOn = day;
    this.setBy = by;
    this.setAt = now;
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public LocalDate dueOn() {
    return dueOn;
  }
}
