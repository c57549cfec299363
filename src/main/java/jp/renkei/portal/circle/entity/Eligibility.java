package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.platform.localgov.Prefecture;

/**
 * The central city's eligibility facts (要綱 第3): a designated or core city; a day/night population
 * ratio of about 1 or more; outside the three metropolitan areas — or, inside them, fewer than 0.1
 * of its commuters going to a designated city or Tokyo's special wards. {@link #failures} says
 * which conditions fail, for a clear message; the facts are kept either way. A city that has asked
 * to become a core city counts as one for the declaration (附則 第2) but {@link
 * #permitsAgreementsAndVision may not yet conclude agreements or adopt a vision}.
 */
@Entity
@Table(name = "circle_eligibility")
public class Eligibility {

  /** The prefectures of the three metropolitan areas 第3(3) names. */
  public static final Set<Prefecture> METROPOLITAN =
      EnumSet.of(
          Prefecture.SAITAMA,
          Prefecture.CHIBA,
          Prefecture.TOKYO,
          Prefecture.KANAGAWA,
          Prefecture.GIFU,
          Prefecture.AICHI,
          Prefecture.MIE,
          Prefecture.KYOTO,
          Prefecture.OSAKA,
          Prefecture.HYOGO,
          Prefecture.NARA);

  static final BigDecimal ONE = BigDecimal.ONE;

  /**
   * 第3②ア asks for a ratio of "おおむね１以上" — about 1 or more. The 要綱 gives no figure; the portal reads
   * it as 0.95 or more and says so next to a ratio between 0.95 and 1.
   */
  public static final BigDecimal ABOUT_ONE = new BigDecimal("0.95");

  static final BigDecimal ONE_TENTH = new BigDecimal("0.1");

  @Id
  @Column(name = "circle_id")
  private long circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "city_status", nullable = false, length = 20)
  private CityStatus cityStatus;

  @Column(name = "day_night_ratio", nullable = false, precision = 5, scale = 3)
  private BigDecimal dayNightRatio;

  @Column(name = "commuters_to_metropolis", precision = 5, scale = 3)
  private BigDecimal commutersToMetropolis;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Eligibility() {}

  public Eligibility(long circleId) {
    this.circleId = circleId;
  }

  /** Records the facts; a ratio outside 0–10 (or 0–1 for the share of commuters) is refused. */
  public void record(
      CityStatus status, BigDecimal dayNight, BigDecimal commuters, String by, LocalDateTime at) {
    if (status == null) {
      throw new CircleChangeRefused("admin.error.city-status");
    }
    if (dayNight == null || dayNight.signum() < 0 || dayNight.compareTo(BigDecimal.TEN) > 0) {
      throw new CircleChangeRefused("admin.error.ratio");
    }
    if (commuters != null && (commuters.signum() < 0 || commuters.compareTo(ONE) > 0)) {
      throw new CircleChangeRefused("admin.error.ratio");
    }
    this.cityStatus = status;
    this.dayNightRatio = dayNight;
    this.commutersToMetropolis = commuters;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** The message keys of the conditions that fail for a central city in this prefecture. */
  public List<String> failures(Prefecture prefecture) {
    List<String> failures = new ArrayList<>();
    if (cityStatus == CityStatus.OTHER) {
      failures.add("admin.eligibility.fail.status");
    }
    if (dayNightRatio.compareTo(ABOUT_ONE) < 0) {
      failures.add("admin.eligibility.fail.day-night");
    }
    if (METROPOLITAN.contains(prefecture)) {
      if (commutersToMetropolis == null) {
        failures.add("admin.eligibility.fail.commuters-missing");
      } else if (commutersToMetropolis.compareTo(ONE_TENTH) >= 0) {
        failures.add("admin.eligibility.fail.commuters");
      }
    }
    return failures;
  }

  /** True when the ratio passes only as "about 1": 0.95 or more, below 1. */
  public boolean dayNightOnlyAboutOne() {
    return dayNightRatio.compareTo(ABOUT_ONE) >= 0 && dayNightRatio.compareTo(ONE) < 0;
  }

  /**
   * The central city may conclude agreements and adopt the vision: it meets 第3 and is not only a
   * candidate for core-city status (附則 第2 lets a candidate declare, nothing more).
   */
  public boolean permitsAgreementsAndVision(Prefecture prefecture) {
    return cityStatus != CityStatus.CORE_CANDIDATE && failures(prefecture).isEmpty();
  }

  public CityStatus cityStatus() {
    return cityStatus;
  }

  public BigDecimal dayNightRatio() {
    return dayNightRatio;
  }

  public BigDecimal commutersToMetropolis() {
    return commutersToMetropolis;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
