package jp.renkei.portal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in Japan, whatever the server's zone: deadlines, feedback periods and resolution dates are
 * Japanese calendar days. Tests set a fixed clock.
 */
@ApplicationScoped
public class JapanClock {

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  Clock clock = Clock.system(JAPAN);

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  /** The time of day in Japan now: what a mayor's diary and a record of the office say. */
  public java.time.LocalDateTime localNow() {
    return java.time.LocalDateTime.now(clock);
  }

  /** The fiscal year today falls in: April to March, named by its April. */
  public int fiscalYear() {
    LocalDate today = today();
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }
}
