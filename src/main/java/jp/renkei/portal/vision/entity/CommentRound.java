package jp.renkei.portal.vision.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * 第6(5): the central city consults one partner on the sections of one draft that concern it, by a
 * deadline. The partner's staff comment until the deadline and sign its part off; a sign-off is
 * final for that draft.
 */
@Entity
@Table(name = "comment_round")
public class CommentRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_round_seq")
  @SequenceGenerator(
      name = "comment_round_seq",
      sequenceName = "comment_round_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "deadline", nullable = false)
  private LocalDate deadline;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "comment_round_section", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "section_key")
  private Set<String> sections = new TreeSet<>();

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(name = "signed_off_by", length = 100)
  private String signedOffBy;

  @Column(name = "signed_off_at")
  private LocalDateTime signedOffAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected CommentRound() {}

  /** Opens a round on a draft for one partner: sections of that draft, a deadline not past. */
  public CommentRound(
      VisionVersion draft,
      String municipalityCode,
      Collection<String> sections,
      LocalDate deadline,
      String openedBy,
      LocalDateTime openedAt) {
    draft.requireDraft();
    if (deadline == null || deadline.isBefore(openedAt.toLocalDate())) {
      throw new VisionRefused("vision.error.deadline-past");
    }
    if (sections.isEmpty()) {
      throw new VisionRefused("vision.error.sections-required");
    }
    if (!sections.stream().allMatch(draft::hasSection)) {
      throw new VisionRefused("vision.error.no-such-section");
    }
    this.versionId = draft.id();
    this.municipalityCode = municipalityCode;
    this.sections.addAll(sections);
    this.deadline = deadline;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /** Moves the deadline; only while the round is open, never into the past. */
  public void extend(LocalDate newDeadline, LocalDate today) {
    requireOpen();
    if (newDeadline == null || newDeadline.isBefore(today)) {
      throw new VisionRefused("vision.error.deadline-past");
    }
    deadline = newDeadline;
  }

  /** A partner's comment on one of the round's sections, before the deadline and the sign-off. */
  public RoundComment comment(
      String actingFor, String section, String author, String body, LocalDateTime at) {
    requireFor(actingFor);
    requireOpen();
    if (at.toLocalDate().isAfter(deadline)) {
      throw new VisionRefused("vision.error.deadline-passed");
    }
    if (!sections.contains(section)) {
      throw new VisionRefused("vision.error.no-such-section");
    }
    return new RoundComment(id, section, author, body, at);
  }

  /** The partner signs its part off; by its own staff only, once. */
  public void signOff(String actingFor, String by, LocalDateTime at) {
    requireFor(actingFor);
    requireOpen();
    signedOffBy = by;
    signedOffAt = at;
  }

  public RoundState state(VisionStatus draftStatus, LocalDate today) {
    if (isSignedOff()) {
      return RoundState.SIGNED_OFF;
    }
    if (draftStatus != VisionStatus.DRAFT) {
      return RoundState.CLOSED;
    }
    return today.isAfter(deadline) ? RoundState.OVERDUE : RoundState.OPEN;
  }

  private void requireFor(String actingFor) {
    if (!municipalityCode.equals(actingFor)) {
      throw new VisionRefused("vision.error.not-your-round");
    }
  }

  private void requireOpen() {
    if (isSignedOff()) {
      throw new VisionRefused("vision.error.signed-off");
    }
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public boolean covers(String section) {
    return sections.contains(section);
  }

  public Long id() {
    return id;
  }

  public long versionId() {
    return versionId;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public Set<String> sections() {
    return Collections.unmodifiableSet(sections);
  }

  public String openedBy() {
    return openedBy;
  }

  public LocalDateTime openedAt() {
    return openedAt;
  }

  public String signedOffBy() {
    return signedOffBy;
  }

  public LocalDateTime signedOffAt() {
    return signedOffAt;
  }
}
