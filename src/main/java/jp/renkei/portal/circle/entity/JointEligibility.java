package jp.renkei.portal.circle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.platform.localgov.Prefecture;

/**
 * The facts that let two adjacent cities act together as one central city (要綱 第9): ① each of about
 * 100,000 people or more and together over 200,000; ② each a day/night ratio of 1 or more; ③ each
 * meets 第3③; ④ neither a central city of 第3 nor a municipality sending 0.1 or more of its commuters
 * to one; ⑤ within about an hour of each other; ⑥ equivalent initiatives expected, in words. {@link
 * #failures} names each failing condition, for the first or the second city; the facts are kept
 * either way. Its messages take the first city's name as {0}, the second's as {1}.
 */
@Entity
@Table(name = "circle_joint_eligibility")
public class JointEligibility {

  /**
   * 第9①ア asks for "人口１０万人程度以上" — about 100,000 or more. As for 第3's おおむね, the portal reads it as
   * 95,000 or more and says so beside a population between the two.
   */
  public static final int ABOUT_100000 = 95_000;

  static final int HUNDRED_THOUSAND = 100_000;

  /** 第9①イ: together more than 200,000 — no tolerance. */
  static final int TWO_HUNDRED_THOUSAND = 200_000;

  /** 第9⑤ "概ね１時間以内": an hour, read with the same five per cent as the other "about"s. */
  public static final int ABOUT_AN_HOUR = 63;

  public static final int MAX_REASON = 2000;

  @Id
  @Column(name = "circle_id")
  private long circleId;

  @Column(name = "first_population", nullable = false)
  private int firstPopulation;

  @Column(name = "second_population", nullable = false)
  private int secondPopulation;

  @Column(name = "first_day_night", nullable = false, precision = 5, scale = 3)
  private BigDecimal firstDayNight;

  @Column(name = "second_day_night", nullable = false, precision = 5, scale = 3)
  private BigDecimal secondDayNight;

  @Column(name = "first_commuters", precision = 5, scale = 3)
  private BigDecimal firstCommuters;

  @Column(name = "second_commuters", precision = 5, scale = 3)
  private BigDecimal secondCommuters;

  @Column(name = "first_satellite", nullable = false)
  private boolean firstSatellite;

  @Column(name = "second_satellite", nullable = false)
  private boolean secondSatellite;

  @Column(name = "travel_minutes", nullable = false)
  private int travelMinutes;

  @Column(name = "equivalent_initiatives", length = MAX_REASON)
  private String equivalentInitiatives;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected JointEligibility() {}

  public JointEligibility(long circleId) {
    this.circleId = circleId;
  }

  /** One city's facts as typed: population, day/night ratio, commuters to a metropolis, ④. */
  public record CityFacts(
      int population, BigDecimal dayNight, BigDecimal commuters, boolean satellite) {}

  /**
   * Records the facts; a population outside 1–10,000,000, a ratio outside 0–10 (0–1 for commuters),
   * a travel time outside 1–600 minutes or a reason over 2,000 characters is refused.
   */
  public void record(
      CityFacts first,
      CityFacts second,
      int minutes,
      String equivalent,
      String by,
      LocalDateTime at) {
    for (CityFacts city : List.of(first, second)) {
      if (city.population() < 1 || city.population() > 10_000_000) {
        throw new CircleChangeRefused("admin.joint.error.population");
      }
      if (city.dayNight() == null
          || city.dayNight().signum() < 0
          || city.dayNight().compareTo(BigDecimal.TEN) > 0) {
        throw new CircleChangeRefused("admin.error.ratio");
      }
      if (city.commuters() != null
          && (city.commuters().signum() < 0 || city.commuters().compareTo(BigDecimal.ONE) > 0)) {
        throw new CircleChangeRefused("admin.error.ratio");
      }
    }
    if (minutes < 1 || minutes > 600) {
      throw new CircleChangeRefused("admin.joint.error.minutes");
    }
    String reason = equivalent == null || equivalent.isBlank() ? null : equivalent.strip();
    if (reason != null && reason.length() > MAX_REASON) {
      throw new CircleChangeRefused("admin.joint.error.equivalent-length");
    }
    this.firstPopulation = first.population();
    this.firstDayNight = first.dayNight();
    this.firstCommuters = first.commuters();
    this.firstSatellite = first.satellite();
    this.secondPopulation = second.population();
    this.secondDayNight = second.dayNight();
    this.secondCommuters = second.commuters();
    this.secondSatellite = second.satellite();
    this.travelMinutes = minutes;
    this.equivalentInitiatives = reason;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** The message keys of the 第9 conditions that fail, for cities in these prefectures. */
  public List<String> failures(Prefecture firstPrefecture, Prefecture secondPrefecture) {
    List<String> failures = new ArrayList<>();
    cityFailures(first(), firstPrefecture, "first", failures);
    cityFailures(second(), secondPrefecture, "second", failures);
    if ((long) firstPopulation + secondPopulation <= TWO_HUNDRED_THOUSAND) {
      failures.add("admin.joint.fail.total");
    }
    if (travelMinutes > ABOUT_AN_HOUR) {
      failures.add("admin.joint.fail.minutes");
    }
    if (equivalentInitiatives == null) {
      failures.add("admin.joint.fail.equivalent");
    }
    return failures;
  }

  private static void cityFailures(
      CityFacts city, Prefecture prefecture, String which, List<String> failures) {
    if (city.population() < ABOUT_100000) {
      failures.add("admin.joint.fail.population." + which);
    }
    if (city.dayNight().compareTo(BigDecimal.ONE) < 0) {
      failures.add("admin.joint.fail.day-night." + which);
    }
    if (Eligibility.METROPOLITAN.contains(prefecture)) {
      if (city.commuters() == null) {
        failures.add("admin.joint.fail.commuters-missing." + which);
      } else if (city.commuters().compareTo(Eligibility.ONE_TENTH) >= 0) {
        failures.add("admin.joint.fail.commuters." + which);
      }
    }
    if (city.satellite()) {
      failures.add("admin.joint.fail.satellite." + which);
    }
  }

  /** True when a population passes only as "about 100,000": 95,000 or more, below 100,000. */
  public boolean populationOnlyAbout() {
    return List.of(firstPopulation, secondPopulation).stream()
        .anyMatch(p -> p >= ABOUT_100000 && p < HUNDRED_THOUSAND);
  }

  public CityFacts first() {
    return new CityFacts(firstPopulation, firstDayNight, firstCommuters, firstSatellite);
  }

  public CityFacts second() {
    return new CityFacts(secondPopulation, secondDayNight, secondCommuters, secondSatellite);
  }

  public int travelMinutes() {
    return travelMinutes;
  }

  public String equivalentInitiatives() {
    return equivalentInitiatives;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
