package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * The population of one member municipality in one year, as the official tables give it (総人口,
 * 65歳以上人口), imported by the central city. Importing the year again replaces the figures.
 */
@Entity
@Table(name = "population_actual")
public class PopulationActual {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "population_actual_seq")
  @SequenceGenerator(
      name = "population_actual_seq",
      sequenceName = "population_actual_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "stat_year", nullable = false)
  private int year;

  @Column(name = "population", nullable = false)
  private long population;

  @Column(name = "aged_65", nullable = false)
  private long aged65;

  @Column(name = "imported_by", nullable = false, length = 100)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  protected PopulationActual() {}

  public PopulationActual(
      long circleId,
      String municipalityCode,
      int year,
      long population,
      long aged65,
      String importedBy,
      LocalDateTime importedAt) {
    this.circleId = circleId;
    this.municipalityCode = municipalityCode;
    this.year = year;
    replace(population, aged65, importedBy, importedAt);
  }

  /** New figures for the same municipality and year; false when they are the same. */
  public boolean replace(long population, long aged65, String by, LocalDateTime at) {
    if (this.population == population && this.aged65 == aged65 && importedBy != null) {
      return false;
    }
    this.population = population;
    this.aged65 = aged65;
    this.importedBy = by;
    this.importedAt = at;
    return true;
  }

  /** The share of people aged 65 and over, in percent with two decimals. */
  public BigDecimal ageingRate() {
    return rate(aged65, population);
  }

  public static BigDecimal rate(long aged, long population) {
    return population == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(aged * 100)
            .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public int year() {
    return year;
  }

  public long population() {
    return population;
  }

  public long aged65() {
    return aged65;
  }

  public LocalDateTime importedAt() {
    return importedAt;
  }
}
