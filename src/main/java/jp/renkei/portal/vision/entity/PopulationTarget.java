package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** ② A target for one fiscal year: the population and the ageing rate (per cent). */
@Embeddable
public class PopulationTarget {

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "population", nullable = false)
  private long population;

  @Column(name = "ageing_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal ageingRate;

  protected PopulationTarget() {}

  public PopulationTarget(int fiscalYear, long population, BigDecimal ageingRate) {
    if (population <= 0) {
      throw new VisionRefused("vision.error.population");
    }
    if (ageingRate == null
        || ageingRate.signum() < 0
        || ageingRate.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new VisionRefused("vision.error.ageing-rate");
    }
    this.fiscalYear = fiscalYear;
    this.population = population;
    this.ageingRate = ageingRate.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public long population() {
    return population;
  }

  public BigDecimal ageingRate() {
    return ageingRate;
  }
}
