package jp.renkei.portal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in Japan, whatever the server's zone: deadlines, feedback periods and resolution dates are
 * Japanese calendar days. Unit tests set a fixed clock; the browser tests move it forward through
 * the testing hooks to see reminders fall due.
 */
@ApplicationScoped
public class JapanClock {

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  volatile Clock clock = Clock.system(JAPAN);

  /** Runs the clock this far ahead of the real time (the testing hooks; zero puts it back). */
  public void setOffset(Duration offset) {
    clock = Clock.offset(Clock.system(JAPAN), offset);
  }

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
