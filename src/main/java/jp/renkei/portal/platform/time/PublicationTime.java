package jp.renkei.portal.platform.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Function;
import jp.renkei.portal.platform.rules.Refusal;

/**
 * When something prepared is to be published (Japan time): a date, at 9:00 unless a time is given,
 * later than now and within a year. Each context passes its own {@link Refusal}, so the message
 * stays its own; the keys are shared ({@code publication.error.*}).
 *
 * <pre>{@code
 * publishAt = PublicationTime.requireLater(at, now, ConsultationRefused::new);
 * }</pre>
 */
public final class PublicationTime {

  /** The time of day of a publication prepared for a date without a time. */
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private PublicationTime() {}

  /** The date at the time, or at 9:00 without one; null without a date. */
  public static LocalDateTime of(LocalDate date, LocalTime time) {
    return date == null ? null : date.atTime(time == null ? DEFAULT_TIME : time);
  }

  /** {@code at}, refused when missing, not after {@code now}, or more than a year ahead. */
  public static LocalDateTime requireLater(
      LocalDateTime at, LocalDateTime now, Function<String, ? extends Refusal> refusal) {
    if (at == null) {
      throw refusal.apply("publication.error.date-required");
    }
    if (!at.isAfter(now)) {
      throw refusal.apply("publication.error.time-past");
    }
    if (at.isAfter(now.plusYears(1))) {
      throw refusal.apply("publication.error.too-far");
    }
    return at;
  }
}
