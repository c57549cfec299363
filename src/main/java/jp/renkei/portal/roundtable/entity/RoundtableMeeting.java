package jp.renkei.portal.roundtable.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import jp.renkei.portal.platform.time.PublicationTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A meeting of the roundtable: when and where, the agenda, who attended and the minutes. Attendance
 * and minutes are recorded once the meeting has taken place; published minutes do not change.
 */
@Entity
@Table(name = "roundtable_meeting")
public class RoundtableMeeting {

  public static final int MAX_MINUTES = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roundtable_meeting_seq")
  @SequenceGenerator(
      name = "roundtable_meeting_seq",
      sequenceName = "roundtable_meeting_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "held_at", nullable = false)
  private LocalDateTime heldAt;

  @Column(name = "place", nullable = false, length = 400)
  private String place;

  @Column(name = "agenda", nullable = false, length = 4000)
  private String agenda;

  @Column(name = "minutes", length = MAX_MINUTES)
  private String minutes;

  @Column(name = "minutes_published_at")
  private LocalDateTime minutesPublishedAt;

  @Column(name = "minutes_publish_at")
  private LocalDateTime minutesPublishAt;

  @Column(name = "evaluation_year")
  private Integer evaluationYear;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  // The vision draft this meeting deliberated (第6(2)); the vision context reads it.
  @Column(name = "vision_version_id")
  private Long visionVersionId;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "roundtable_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "member_id")
  private Set<Long> attendees = new HashSet<>();

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected RoundtableMeeting() {}

  public RoundtableMeeting(
      long circleId,
      String title,
      LocalDateTime heldAt,
      String place,
      String agenda,
      String createdBy) {
    this.circleId = circleId;
    this.title = RoundtableMember.required(title, 200, "roundtable.error.title-required");
    if (heldAt == null) {
      throw new RoundtableRefused("roundtable.error.when-required");
    }
    this.heldAt = heldAt;
    this.place = RoundtableMember.required(place, 400, "roundtable.error.place-required");
    this.agenda = RoundtableMember.required(agenda, 4000, "roundtable.error.agenda-required");
    this.createdBy = createdBy;
  }

  /**
   * Records who attended: only after the meeting, only members whose term covers its date, and not
   * once the minutes are published.
   */
  public void recordAttendance(Set<RoundtableMember> present, LocalDateTime now) {
    requireHeld(now);
    requireUnpublished();
    for (RoundtableMember member : present) {
      if (member.circleId() != circleId || !member.inTermOn(heldAt.toLocalDate())) {
        throw new RoundtableRefused("roundtable.error.not-in-term");
      }
    }
    attendees.clear();
    present.forEach(m -> attendees.add(m.id()));
  }

  /** Writes or corrects the minutes, after the meeting and until they are published. */
  public void writeMinutes(String text, LocalDateTime now) {
    requireHeld(now);
    requireUnpublished();
    if (text == null || text.isBlank()) {
      throw new RoundtableRefused("roundtable.error.minutes-required");
    }
    if (text.length() > MAX_MINUTES) {
      throw new RoundtableRefused("roundtable.error.too-long");
    }
    minutes = text.strip();
  }

  /** Publishes the minutes to the circle's notices; once, and only when there are minutes. */
  public void publishMinutes(LocalDateTime now) {
    requirePublishable();
    minutesPublishedAt = now;
  }

  /**
   * Prepares the minutes for publication at {@code at} (Japan time), when the publication job
   * publishes them as they read then; they may still be corrected, and the time changed or the
   * preparation withdrawn, until then.
   */
  public void scheduleMinutesPublication(LocalDateTime at, LocalDateTime now) {
    requirePublishable();
    minutesPublishAt = PublicationTime.requireLater(at, now, RoundtableRefused::new);
  }

  public void withdrawScheduledPublication() {
    if (!isScheduled()) {
      throw new RoundtableRefused("publication.error.not-scheduled");
    }
    minutesPublishAt = null;
  }

  /** True while the minutes are prepared for a publication time not reached yet. */
  public boolean isScheduled() {
    return minutesPublishAt != null && minutesPublishedAt == null;
  }

  public LocalDateTime minutesPublishAt() {
    return minutesPublishAt;
  }

  private void requirePublishable() {
    if (minutes == null) {
      throw new RoundtableRefused("roundtable.error.minutes-required");
    }
    requireUnpublished();
  }

  /**
   * Records that the meeting deliberated a draft of the vision; until its minutes are published,
   * since those say what was deliberated.
   */
  public void deliberate(long visionVersionId) {
    requireUnpublished();
    this.visionVersionId = visionVersionId;
  }

  /**
   * Records that the meeting reviewed the KPI evaluation of a fiscal year (要綱 第6(3)⑤); until its
   * minutes are published, since those say what was reviewed.
   */
  public void reviewEvaluation(int fiscalYear) {
    requireUnpublished();
    this.evaluationYear = fiscalYear;
  }

  public Integer evaluationYear() {
    return evaluationYear;
  }

  /** True when the meeting took place and its minutes record the review of an evaluation. */
  public boolean hasReviewed(LocalDateTime now) {
    return evaluationYear != null && held(now) && minutes != null;
  }

  /** True when the meeting took place and its minutes record the deliberation. */
  public boolean hasDeliberated(LocalDateTime now) {
    return visionVersionId != null && held(now) && minutes != null;
  }

  public Long visionVersionId() {
    return visionVersionId;
  }

  public boolean held(LocalDateTime now) {
    return !heldAt.isAfter(now);
  }

  private void requireHeld(LocalDateTime now) {
    if (!held(now)) {
      throw new RoundtableRefused("roundtable.error.not-held-yet");
    }
  }

  private void requireUnpublished() {
    if (minutesPublishedAt != null) {
      throw new RoundtableRefused("roundtable.error.published");
    }
  }

  public Long id() {
    return id;
  }

  public long circleId() {
    return circleId;
  }

  public String title() {
    return title;
  }

  public LocalDateTime heldAt() {
    return heldAt;
  }

  public String place() {
    return place;
  }

  public String agenda() {
    return agenda;
  }

  public String minutes() {
    return minutes;
  }

  public LocalDateTime minutesPublishedAt() {
    return minutesPublishedAt;
  }

  public boolean isPublished() {
    return minutesPublishedAt != null;
  }

  public Set<Long> attendees() {
    return Collections.unmodifiableSet(attendees);
  }

  public long lockVersion() {
    return lockVersion;
  }
}
