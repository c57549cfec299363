package jp.renkei.portal.consultation.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A regular consultation between the central city's mayor and the heads of one or several partners
 * (要綱 第5(2)⑥), from the first candidate slots to the confirmed time — or its cancellation. Every
 * change of date bumps the iCalendar sequence, so calendars that imported it update.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

  public static final int MAX_SLOTS = 10;

  /** The longest attendee name an office enters beside its answer. */
  public static final int MAX_ATTENDEE = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
  @SequenceGenerator(
      name = "consultation_seq",
      sequenceName = "consultation_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "purpose", length = 4000)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ConsultationStatus status;

  @Column(name = "confirmed_slot_id")
  private Long confirmedSlotId;

  @Column(name = "ical_sequence", nullable = false)
  private int icalSequence;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "consultation_participant",
      joinColumns = @JoinColumn(name = "consultation_id"))
  @Column(name = "municipality_code", length = 6)
  private Set<String> participants = new TreeSet<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("startsAt")
  private List<ConsultationSlot> slots = new ArrayList<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "consultation_change",
      joinColumns = @JoinColumn(name = "consultation_id"))
  @OrderColumn(name = "position")
  private List<ConsultationChange> changes = new ArrayList<>();

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Consultation() {}

  /**
   * Proposes a consultation with these partners and candidate slots; refuses an empty title, no
   * partner, no slot, too many slots, or a slot that is not a real time and place.
   */
  public Consultation(
      long circleId,
      String title,
      String purpose,
      Collection<String> partners,
      List<SlotProposal> proposals,
      String by,
      LocalDateTime now) {
    if (title == null || title.isBlank()) {
      throw new ConsultationRefused("consultation.error.title-required");
    }
    if (partners == null || partners.isEmpty()) {
      throw new ConsultationRefused("consultation.error.partner-required");
    }
    this.circleId = circleId;
    this.title = title.strip();
    this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    this.participants.addAll(partners);
    this.status = ConsultationStatus.SCHEDULING;
    this.createdBy = by;
    this.createdAt = now;
    replaceSlots(proposals, now);
  }

  /**
   * A partner office answers every candidate slot for its head — ○, △ or × with a note. Only while
   * the consultation is being scheduled, only for a municipality that was invited, and only with an
   * answer for each slot.
   */
  public void answer(
      String municipality, Map<Long, SlotChoice> choices, String by, LocalDateTime now) {
    requireAnswerable(municipality, choices);
    for (ConsultationSlot slot : slots) {
      slot.answer(municipality, choices.get(slot.id()), by, now);
    }
  }

  /**
   * An office enters one of its attendees' answers (a deputy mayor, a department head) under their
   * name, beside the office's own; the same name again replaces them.
   */
  public void answerFor(
      String municipality,
      String attendee,
      Map<Long, SlotChoice> choices,
      String by,
      LocalDateTime now) {
    String name = attendee == null ? "" : attendee.strip();
    if (name.isEmpty()) {
      throw new ConsultationRefused("consultation.error.attendee-required");
    }
    if (name.length() > MAX_ATTENDEE) {
      throw new ConsultationRefused("consultation.error.attendee-too-long");
    }
    requireAnswerable(municipality, choices);
    for (ConsultationSlot slot : slots) {
      slot.answerFor(municipality, name, choices.get(slot.id()), by, now);
    }
  }

  private void requireAnswerable(String municipality, Map<Long, SlotChoice> choices) {
    requireStatus(ConsultationStatus.SCHEDULING, "consultation.error.not-scheduling");
    if (!participants.contains(municipality)) {
      throw new ConsultationRefused("consultation.error.not-invited");
    }
    if (slots.stream().anyMatch(s -> choices.get(s.id()) == null)) {
      throw new ConsultationRefused("consultation.error.answer-every-slot");
    }
  }

  /**
   * The slots the offices' answers favour, as a scheduling table highlights them: fewest ×, then
   * most ○, then most △ — among slots somebody marked ○ or △. Empty before anybody did.
   */
  public java.util.Set<Long> bestSlotIds() {
    java.util.Comparator<ConsultationSlot> better =
        java.util.Comparator.<ConsultationSlot>comparingLong(s -> s.count(Availability.NO))
            .thenComparing(s -> -s.count(Availability.YES))
            .thenComparing(s -> -s.count(Availability.MAYBE));
    List<ConsultationSlot> marked =
        slots.stream().filter(ConsultationSlot::markedByAnybody).toList();
    if (marked.isEmpty()) {
      return java.util.Set.of();
    }
    ConsultationSlot best = marked.stream().min(better).orElseThrow();
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    for (ConsultationSlot s : marked) {
      if (better.compare(s, best) == 0) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  /** The names of the attendees whose answers an office entered, in a stable (code point) order. */
  public List<String> attendeesOf(String municipality) {
    return slots.stream()
        .flatMap(s -> s.attendeeAnswers().stream())
        .filter(a -> a.municipalityCode().equals(municipality))
        .map(AttendeeAnswer::attendee)
        .distinct()
        .sorted()
        .toList();
  }

  /** The central city confirms a slot; refused for a slot no invited office said works. */
  public void confirm(long slotId) {
    requireStatus(ConsultationStatus.SCHEDULING, "consultation.error.not-scheduling");
    ConsultationSlot slot =
        slot(slotId).orElseThrow(() -> new ConsultationRefused("consultation.error.no-such-slot"));
    if (!slot.markedByAnybody()) {
      throw new ConsultationRefused("consultation.error.slot-unmarked");
    }
    confirmedSlotId = slotId;
    status = ConsultationStatus.CONFIRMED;
    icalSequence++;
  }

  /**
   * New candidate slots with a reason: the answers start over and the confirmed time, if any, is
   * released. Not for a cancelled consultation.
   */
  public void reschedule(
      List<SlotProposal> proposals, String reason, String by, LocalDateTime now) {
    if (status == ConsultationStatus.CANCELLED) {
      throw new ConsultationRefused("consultation.error.cancelled");
    }
    String why = requireReason(reason);
    replaceSlots(proposals, now);
    confirmedSlotId = null;
    status = ConsultationStatus.SCHEDULING;
    icalSequence++;
    changes.add(new ConsultationChange(ConsultationChange.Kind.RESCHEDULED, why, by, now));
  }

  /**
   * One more candidate slot while the time is still being found: the answers given so far stand,
   * and every office answers the new slot too. Refused once a time is confirmed (that is a
   * reschedule), for a slot already offered, or past the limit of slots.
   */
  public ConsultationSlot addSlot(SlotProposal proposal, LocalDateTime now) {
    requireStatus(ConsultationStatus.SCHEDULING, "consultation.error.not-scheduling");
    if (slots.size() >= MAX_SLOTS) {
      throw new ConsultationRefused("consultation.error.too-many-slots");
    }
    proposal.check(now);
    if (slots.stream().anyMatch(s -> s.startsAt().equals(proposal.startsAt()))) {
      throw new ConsultationRefused("consultation.error.slot-offered");
    }
    ConsultationSlot added = new ConsultationSlot(this, proposal);
    slots.add(added);
    slots.sort(java.util.Comparator.comparing(ConsultationSlot::startsAt));
    return added;
  }

  /** Cancels with a reason that everybody invited sees; calendars receive the cancellation. */
  public void cancel(String reason, String by, LocalDateTime now) {
    if (status == ConsultationStatus.CANCELLED) {
      throw new ConsultationRefused("consultation.error.cancelled");
    }
    String why = requireReason(reason);
    status = ConsultationStatus.CANCELLED;
    icalSequence++;
    changes.add(new ConsultationChange(ConsultationChange.Kind.CANCELLED, why, by, now));
  }

  /** True once the confirmed time has begun: the consultation took place, minutes may follow. */
  public boolean held(LocalDateTime now) {
    return confirmedSlot().map(s -> !s.startsAt().isAfter(now)).orElse(false);
  }

  private void replaceSlots(List<SlotProposal> proposals, LocalDateTime now) {
    if (proposals == null || proposals.isEmpty()) {
      throw new ConsultationRefused("consultation.error.slot-required");
    }
    if (proposals.size() > MAX_SLOTS) {
      throw new ConsultationRefused("consultation.error.too-many-slots");
    }
    proposals.forEach(p -> p.check(now));
    slots.clear();
    proposals.stream()
        .sorted((a, b) -> a.startsAt().compareTo(b.startsAt()))
        .forEach(p -> slots.add(new ConsultationSlot(this, p)));
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ConsultationRefused("consultation.error.reason-required");
    }
    return reason.strip();
  }

  private void requireStatus(ConsultationStatus expected, String messageKey) {
    if (status != expected) {
      throw new ConsultationRefused(messageKey);
    }
  }

  public Optional<ConsultationSlot> slot(long slotId) {
    return slots.stream().filter(s -> s.id() != null && s.id() == slotId).findFirst();
  }

  public Optional<ConsultationSlot> confirmedSlot() {
    return confirmedSlotId == null ? Optional.empty() : slot(confirmedSlotId);
  }

  /** Each invited municipality's answers, slot by slot, for the side-by-side view. */
  public Map<String, List<Optional<SlotAnswer>>> answersByMunicipality() {
    Map<String, List<Optional<SlotAnswer>>> table = new java.util.LinkedHashMap<>();
    for (String municipality : participants) {
      table.put(municipality, slots.stream().map(s -> s.answerOf(municipality)).toList());
    }
    return table;
  }

  public boolean invites(String municipality) {
    return participants.contains(municipality);
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

  public String purpose() {
    return purpose;
  }

  public ConsultationStatus status() {
    return status;
  }

  public int icalSequence() {
    return icalSequence;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public Set<String> participants() {
    return Collections.unmodifiableSet(participants);
  }

  public List<ConsultationSlot> slots() {
    return Collections.unmodifiableList(slots);
  }

  public List<ConsultationChange> changes() {
    return Collections.unmodifiableList(changes);
  }

  public Optional<ConsultationChange> lastChange() {
    return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
  }

  public long lockVersion() {
    return lockVersion;
  }
}
