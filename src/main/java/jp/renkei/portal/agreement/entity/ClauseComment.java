package jp.renkei.portal.agreement.entity;

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

/** A council member's comment on one clause of a version, before their council votes. */
@Entity
@Table(name = "clause_comment")
public class ClauseComment {

  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_comment_seq")
  @SequenceGenerator(
      name = "clause_comment_seq",
      sequenceName = "clause_comment_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "clause", nullable = false, length = 40)
  private Clause clause;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "body", nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ClauseComment() {}

  public ClauseComment(
      long versionId,
      Clause clause,
      String author,
      String municipalityCode,
      String body,
      Instant at) {
    this.versionId = versionId;
    this.clause = clause;
    this.author = author;
    this.municipalityCode = municipalityCode;
    this.body = body;
    this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Clause clause() {
    return clause;
  }

  public String author() {
    return author;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt.toInstant(ZoneOffset.UTC);
  }
}
