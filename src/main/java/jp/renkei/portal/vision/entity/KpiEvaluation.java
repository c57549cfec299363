package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The central city's evaluation of one KPI for one fiscal year (要綱 第6(3)⑤ 進捗管理): how it stands
 * (達成状況), why (要因) and what changes (対応). Written only once the year's actual is in, revised until
 * published, fixed after.
 */
@Entity
@Table(name = "kpi_evaluation")
public class KpiEvaluation {

  /** The longest 要因 or 対応 a column holds. */
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_evaluation_seq")
  @SequenceGenerator(
      name = "kpi_evaluation_seq",
      sequenceName = "kpi_evaluation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "kpi_key", nullable = false, length = 40)
  private String kpiKey;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating", nullable = false, length = 20)
  private KpiRating rating;

  @Column(name = "factors", nullable = false, length = TEXT_MAX)
  private String factors;

  @Column(name = "response", nullable = false, length = TEXT_MAX)
  private String response;

  @Column(name = "written_by", nullable = false, length = 100)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected KpiEvaluation() {}

  /**
   * The first evaluation of a KPI's year; refused without the year's actual ({@code actual} is
   * whether one was entered).
   */
  public KpiEvaluation(
      long circleId,
      String kpiKey,
      int fiscalYear,
      boolean actual,
      KpiRating rating,
      String factors,
      String response,
      String by,
      LocalDateTime now) {
    if (!actual) {
      throw new VisionRefused("vision.error.evaluation-no-actual");
    }
    this.circleId = circleId;
    this.kpiKey = kpiKey;
    this.fiscalYear = fiscalYear;
    revise(rating, factors, response, by, now);
  }

  /** Rewrites the evaluation; refused once it is published. */
  public void revise(
      KpiRating rating, String factors, String response, String by, LocalDateTime now) {
    if (publishedAt != null) {
      throw new VisionRefused("vision.error.evaluation-published");
    }
    if (rating == null) {
      throw new VisionRefused("vision.error.evaluation-rating");
    }
    this.rating = rating;
    this.factors = VisionRefused.requiredText(factors, TEXT_MAX, "vision.error.evaluation-factors");
    this.response =
        VisionRefused.requiredText(response, TEXT_MAX, "vision.error.evaluation-response");
    this.writtenBy = by;
    this.writtenAt = now;
  }

  /** Publishes it with the vision; once. */
  public void publish(LocalDateTime now) {
    if (publishedAt == null) {
      publishedAt = now;
    }
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

  public KpiRating rating() {
    return rating;
  }

  public String factors() {
    return factors;
  }

  public String response() {
    return response;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public LocalDateTime writtenAt() {
    return writtenAt;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }
}
