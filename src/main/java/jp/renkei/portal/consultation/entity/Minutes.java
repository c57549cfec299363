package jp.renkei.portal.consultation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.renkei.portal.platform.time.PublicationTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The minutes of one consultation, agreed by both sides (要綱 第5(2)⑥). The central city drafts and
 * revises; every revision clears the approvals, so what becomes final is exactly the text every
 * party approved. Final minutes never change: a correction is a new record that names the one it
 * corrects.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

  public static final int MAX_BODY = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_seq")
  @SequenceGenerator(name = "minutes_seq", sequenceName = "minutes_seq", allocationSize = 1)
  private Long id;

  @Column(name = "consultation_id", nullable = false)
  private long consultationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MinutesStatus status;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "corrects_id")
  private Long correctsId;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "circulated_at")
  private LocalDateTime circulatedAt;

  @Column(name = "final_at")
  private LocalDateTime finalAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "publish_at")
  private LocalDateTime publishAt;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "minutes_approval", joinColumns = @JoinColumn(name = "minutes_id"))
  private List<MinutesApproval> approvals = new ArrayList<>();

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Minutes() {}

  /** The central city's first draft of the minutes of a consultation. */
  public Minutes(long consultationId, String body, String by, LocalDateTime now) {
    this(consultationId, body, null, by, now);
  }

  private Minutes(long consultationId, String body, Long correctsId, String by, LocalDateTime now) {
    this.consultationId = consultationId;
    this.body = requireBody(body);
    this.correctsId = correctsId;
    this.status = MinutesStatus.DRAFT;
    this.revision = 1;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** A new revision of the text; every approval given so far was for the old text, and lapses. */
  public void revise(String newBody, String by, LocalDateTime now) {
    requireNotFinal();
    String checked = requireBody(newBody);
    if (checked.equals(body)) {
      return;
    }
    body = checked;
    revision++;
    approvals.clear();
    updatedBy = by;
    updatedAt = now;
  }

  /**
   * Sends the draft to the partners, who may then comment and approve — only once the meeting has
   * taken place ({@code held}): minutes of a meeting still to come record nothing.
   */
  public void circulate(boolean held, LocalDateTime now) {
    if (status != MinutesStatus.DRAFT) {
      throw new ConsultationRefused("minutes.error.not-draft");
    }
    if (!held) {
      throw new ConsultationRefused("minutes.error.before-meeting");
    }
    status = MinutesStatus.CIRCULATED;
    circulatedAt = now;
  }

  /**
   * One party approves the current revision. Refused unless circulated, for a municipality that is
   * not a party, twice, or while a change request on this revision is open ({@code comments}): a
   * request is answered by a new revision. When every party has approved, the minutes are final.
   */
  public void approve(
      String party,
      Set<String> parties,
      List<MinutesComment> comments,
      String by,
      LocalDateTime now) {
    requireNotFinal();
    if (status != MinutesStatus.CIRCULATED) {
      throw new ConsultationRefused("minutes.error.not-circulated");
    }
    if (hasOpenChangeRequest(comments)) {
      throw new ConsultationRefused("minutes.error.change-requested");
    }
    if (!parties.contains(party)) {
      throw new ConsultationRefused("minutes.error.not-a-party");
    }
    if (approvedBy(party)) {
      throw new ConsultationRefused("minutes.error.already-approved");
    }
    approvals.add(new MinutesApproval(party, revision, by, now));
    if (parties.stream().allMatch(this::approvedBy)) {
      status = MinutesStatus.FINAL;
      finalAt = now;
    }
  }

  /** True while a party's request for a change to the current revision waits for a new revision. */
  public boolean hasOpenChangeRequest(List<MinutesComment> comments) {
    return comments.stream().anyMatch(c -> c.changeRequested() && c.revision() == revision);
  }

  /** Publishes final minutes to the circle's public notices; once. */
  public void publish(LocalDateTime now) {
    requirePublishable();
    publishedAt = now;
  }

  /**
   * Prepares final minutes for publication at {@code at} (Japan time), when the publication job
   * publishes them; the time may be changed, or the preparation withdrawn, until then.
   */
  public void schedulePublication(LocalDateTime at, LocalDateTime now) {
    requirePublishable();
    publishAt = PublicationTime.requireLater(at, now, ConsultationRefused::new);
  }

  public void withdrawScheduledPublication() {
    if (!isScheduled()) {
      throw new ConsultationRefused("publication.error.not-scheduled");
    }
    publishAt = null;
  }

  /** True when prepared for a time that has come, and not yet published. */
  public boolean isDue(LocalDateTime now) {
    return isScheduled() && !publishAt.isAfter(now);
  }

  private void requirePublishable() {
    if (status != MinutesStatus.FINAL) {
      throw new ConsultationRefused("minutes.error.not-final");
    }
    if (publishedAt != null) {
      throw new ConsultationRefused("minutes.error.already-published");
    }
  }

  /**
   * A correction of final minutes: a new draft that names these minutes, which stay as they are.
   */
  public Minutes correction(String by, LocalDateTime now) {
    if (status != MinutesStatus.FINAL) {
      throw new ConsultationRefused("minutes.error.not-final");
    }
    if (isScheduled()) {
      throw new ConsultationRefused("minutes.error.correction-scheduled");
    }
    return new Minutes(consultationId, body, id, by, now);
  }

  public boolean approvedBy(String party) {
    return approvals.stream()
        .anyMatch(a -> a.municipalityCode().equals(party) && a.revision() == revision);
  }

  private void requireNotFinal() {
    if (status == MinutesStatus.FINAL) {
      throw new ConsultationRefused("minutes.error.final");
    }
  }

  private static String requireBody(String text) {
    if (text == null || text.isBlank()) {
      throw new ConsultationRefused("minutes.error.body-required");
    }
    if (text.length() > MAX_BODY) {
      throw new ConsultationRefused("minutes.error.body-too-long");
    }
    return text.strip();
  }

  public Long id() {
    return id;
  }

  public long consultationId() {
    return consultationId;
  }

  public MinutesStatus status() {
    return status;
  }

  public boolean isFinal() {
    return status == MinutesStatus.FINAL;
  }

  public String body() {
    return body;
  }

  public int revision() {
    return revision;
  }

  public Optional<Long> correctsId() {
    return Optional.ofNullable(correctsId);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  /** When the parties were asked to approve the revision they have now (a revision asks again). */
  public LocalDateTime awaitingSince() {
    return updatedAt.isAfter(circulatedAt) ? updatedAt : circulatedAt;
  }

  public LocalDateTime finalAt() {
    return finalAt;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  /** True while prepared for a publication time that has not been reached. */
  public boolean isScheduled() {
    return publishAt != null && publishedAt == null;
  }

  public LocalDateTime publishAt() {
    return publishAt;
  }

  public List<MinutesApproval> approvals() {
    return Collections.unmodifiableList(approvals);
  }

  public long lockVersion() {
    return lockVersion;
  }
}
