package jp.renkei.portal.consultation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A candidate time for a consultation (Japan time), with a place or an online link or both. */
@Entity
@Table(name = "consultation_slot")
public class ConsultationSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_slot_seq")
  @SequenceGenerator(
      name = "consultation_slot_seq",
      sequenceName = "consultation_slot_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "place", length = 400)
  private String place;

  @Column(name = "online_url", length = 400)
  private String onlineUrl;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "slot_answer", joinColumns = @JoinColumn(name = "slot_id"))
  private List<SlotAnswer> answers = new ArrayList<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "slot_attendee_answer", joinColumns = @JoinColumn(name = "slot_id"))
  private List<AttendeeAnswer> attendeeAnswers = new ArrayList<>();

  protected ConsultationSlot() {}

  ConsultationSlot(Consultation consultation, SlotProposal proposal) {
    this.consultation = consultation;
    this.startsAt = proposal.startsAt();
    this.endsAt = proposal.endsAt();
    this.place = proposal.place();
    this.onlineUrl = proposal.onlineUrl();
  }

  void answer(String municipality, SlotChoice choice, String by, LocalDateTime at) {
    answers.removeIf(a -> a.municipalityCode().equals(municipality));
    answers.add(new SlotAnswer(municipality, choice, by, at));
  }

  void answerFor(
      String municipality, String attendee, SlotChoice choice, String by, LocalDateTime at) {
    attendeeAnswers.removeIf(
        a -> a.municipalityCode().equals(municipality) && a.attendee().equals(attendee));
    attendeeAnswers.add(new AttendeeAnswer(municipality, attendee, choice, by, at));
  }

  /** This municipality's answer, if it gave one. */
  public Optional<SlotAnswer> answerOf(String municipality) {
    return answers.stream().filter(a -> a.municipalityCode().equals(municipality)).findFirst();
  }

  /** An attendee's answer, if their office entered one. */
  public Optional<AttendeeAnswer> answerOf(String municipality, String attendee) {
    return attendeeAnswers.stream()
        .filter(a -> a.municipalityCode().equals(municipality) && a.attendee().equals(attendee))
        .findFirst();
  }

  /** True when at least one invited office said this slot works or could be made to. */
  public boolean markedByAnybody() {
    return answers.stream().anyMatch(a -> a.choice() != Availability.NO);
  }

  /** How many offices answered {@code choice} for this slot. */
  public long count(Availability choice) {
    return answers.stream().filter(a -> a.choice() == choice).count();
  }

  public Long id() {
    return id;
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public String place() {
    return place;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public List<SlotAnswer> answers() {
    return Collections.unmodifiableList(answers);
  }

  public List<AttendeeAnswer> attendeeAnswers() {
    return Collections.unmodifiableList(attendeeAnswers);
  }
}
