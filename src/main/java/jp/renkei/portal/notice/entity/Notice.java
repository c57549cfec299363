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
 * A public notice of a circle (公表), read by anybody — on the notices page, in the Atom feed, the
 * API and search — from its publication time on. Most are published by a step of a document's
 * lifecycle at once and never change. A notice the central city writes itself may be prepared for a
 * later time: until then it is seen by the central city's office only, and may be changed or
 * withdrawn; it is announced (search, followers' mail) once, when its time comes.
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

  // JPA 3.1 maps LocalDateTime, not Instant: the columns hold UTC.
  @Column(name = "published_at", nullable = false)
  private LocalDateTime publishedAt;

  /** Who wrote it, for a notice the central city wrote itself; null for a lifecycle's notice. */
  @Column(name = "author", length = 100)
  private String author;

  @Column(name = "withdrawn_at")
  private LocalDateTime withdrawnAt;

  /** Whether search and the followers were told; false until a prepared notice's time came. */
  @Column(name = "announced", nullable = false)
  private boolean announced = true;

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

  /**
   * A notice the central city writes: published at once when {@code at} is null or not after {@code
   * now}, else prepared for {@code at} (and announced then).
   */
  public static Notice written(
      long circleId, NoticeText text, Instant at, String author, Instant now) {
    Instant when = at == null || !at.isAfter(now) ? now : at;
    Notice notice =
        new Notice(
            circleId,
            NoticeKind.GENERAL,
            text.titleJa(),
            text.titleEn(),
            text.bodyJa(),
            text.bodyEn(),
            null,
            when);
    notice.author = author;
    notice.announced = false;
    return notice;
  }

  /** Visible to everybody: its time has come and it was not withdrawn. */
  public boolean isPublishedAt(Instant now) {
    return withdrawnAt == null && !publishedAt().isAfter(now);
  }

  /** Prepared for a later time, still to be changed or withdrawn. */
  public boolean isScheduledAt(Instant now) {
    return withdrawnAt == null && publishedAt().isAfter(now);
  }

  /** Changes a prepared notice's text and time; refused once it is published or withdrawn. */
  public void change(NoticeText text, Instant at, Instant now) {
    requireScheduled(now);
    titleJa = text.titleJa();
    titleEn = text.titleEn();
    bodyJa = text.bodyJa();
    bodyEn = text.bodyEn();
    Instant when = at == null || !at.isAfter(now) ? now : at;
    publishedAt = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
  }

  /** Withdraws a prepared notice: it will never appear. Refused once it is published. */
  public void withdraw(Instant now) {
    requireScheduled(now);
    withdrawnAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  private void requireScheduled(Instant now) {
    if (!isScheduledAt(now)) {
      throw new NoticeRefused("notice.error.already-published");
    }
  }

  /** True when this call announced it: once, after its time came. */
  public boolean announceIfDue(Instant now) {
    if (announced || !isPublishedAt(now)) {
      return false;
    }
    announced = true;
    return true;
  }

  public boolean isAnnounced() {
    return announced;
  }

  public String author() {
    return author;
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
