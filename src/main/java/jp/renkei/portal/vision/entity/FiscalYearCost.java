package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** ③ The budget of an initiative in one fiscal year, in thousand yen. */
@Embeddable
public class FiscalYearCost {

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "amount", nullable = false)
  private long amount;

  protected FiscalYearCost() {}

  public FiscalYearCost(int fiscalYear, long amount) {
    if (amount < 0) {
      throw new VisionRefused("vision.error.cost");
    }
    this.fiscalYear = fiscalYear;
    this.amount = amount;
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public long amount() {
    return amount;
  }
}
