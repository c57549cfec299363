package jp.renkei.portal.consultation.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.ConsultationStatus;

/**
 * How regularly the central city consults one partner: the last consultation held, the next one
 * confirmed, and whether the interval of the agreement's consultation clause (or, until an
 * agreement is in force, once a year) has run out.
 *
 * <pre>{@code
 * CadenceRow row = Cadence.of("023035", 6, true, consultations, now);
 * row.overdue();
 * }</pre>
 */
public final class Cadence {

  /** Until an agreement says otherwise, at least once a year. */
  public static final int DEFAULT_MONTHS = 12;

  private Cadence() {}

  /**
   * The cadence of one partner, from the circle's consultations that are not cancelled (those the
   * partner is not invited to are ignored).
   */
  public static CadenceRow of(
      String partner, Integer agreedMonths, List<Consultation> consultations, LocalDateTime now) {
    int months = agreedMonths != null && agreedMonths > 0 ? agreedMonths : DEFAULT_MONTHS;
    List<Consultation> withPartner =
        consultations.stream()
            .filter(c -> c.invites(partner) && c.status() != ConsultationStatus.CANCELLED)
            .toList();
    Optional<LocalDateTime> last =
        confirmedStarts(withPartner).filter(t -> !t.isAfter(now)).max(Comparator.naturalOrder());
    Optional<LocalDateTime> next =
        confirmedStarts(withPartner).filter(t -> t.isAfter(now)).min(Comparator.naturalOrder());
    boolean scheduling =
        withPartner.stream().anyMatch(c -> c.status() == ConsultationStatus.SCHEDULING);
    LocalDate today = now.toLocalDate();
    Optional<LocalDate> due = last.map(t -> t.toLocalDate().plusMonths(months));
    boolean overdue =
        due.map(d -> d.isBefore(today) && next.map(n -> n.toLocalDate().isAfter(d)).orElse(true))
            .orElse(next.isEmpty());
    return new CadenceRow(
        partner,
        months,
        agreedMonths != null && agreedMonths > 0,
        last.orElse(null),
        next.orElse(null),
        scheduling,
        due.orElse(null),
        overdue);
  }

  private static java.util.stream.Stream<LocalDateTime> confirmedStarts(List<Consultation> list) {
    return list.stream()
        .map(Consultation::confirmedSlot)
        .flatMap(Optional::stream)
        .map(ConsultationSlot::startsAt);
  }

  /**
   * One partner's line on the dashboard. {@code due} is null when no consultation was ever held;
   * such a partner is overdue unless one is confirmed.
   */
  public record CadenceRow(
      String partnerCode,
      int intervalMonths,
      boolean fromAgreement,
      LocalDateTime last,
      LocalDateTime next,
      boolean beingScheduled,
      LocalDate due,
      boolean overdue) {}
}
