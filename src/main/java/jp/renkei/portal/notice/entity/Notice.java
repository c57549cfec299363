package jp.renkei.portal.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A public notice of a circle (公表): published once, never edited, read by anybody — on the notices
 * page, in the Atom feed and in the API. Only published documents get one.
 */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private NoticeKind kind;

  @Column(name = "title_ja", nullable = false, length = 400)
  private String titleJa;

  @Column(name = "title_en", nullable = false, length = 400)
  private String titleEn;

  @Column(name = "body_ja", nullable = false, length = 8000)
  private String bodyJa;

  @Column(name = "body_en", nullable = false, length = 8000)
  private String bodyEn;

  @Column(name = "link", length = 400)
  private String link;

  // JPA 3.1 maps LocalDateTime, not Instant: the column holds UTC.
  @Column(name = "published_at", nullable = false)
  private LocalDateTime publishedAt;

  protected Notice() {}

  public Notice(
      long circleId,
      NoticeKind kind,
      String titleJa,
      String titleEn,
      String bodyJa,
      String bodyEn,
      String link,
      Instant publishedAt) {
    this.circleId = circleId;
    this.kind = kind;
    this.titleJa = titleJa;
    this.titleEn = titleEn;
    this.bodyJa = bodyJa;
    this.bodyEn = bodyEn;
    this.link = link;
    this.publishedAt = LocalDateTime.ofInstant(publishedAt, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public NoticeKind kind() {
    return kind;
  }

  public String title(boolean english) {
    return english ? titleEn : titleJa;
  }

  public String body(boolean english) {
    return english ? bodyEn : bodyJa;
  }

  public String titleJa() {
    return titleJa;
  }

  public String titleEn() {
    return titleEn;
  }

  public String bodyJa() {
    return bodyJa;
  }

  public String bodyEn() {
    return bodyEn;
  }

  /** The address of the document, relative to the circle ({@code agreements/12}). */
  public String link() {
    return link;
  }

  public Instant publishedAt() {
    return publishedAt.toInstant(ZoneOffset.UTC);
  }
}
