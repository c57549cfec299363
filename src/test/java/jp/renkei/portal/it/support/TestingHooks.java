package jp.renkei.portal.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The portal's testing hooks (on in the test stack only): time moved forward without sleeping, and
 * a scheduled job run at once.
 */
public final class TestingHooks {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private final String portalUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  public TestingHooks(TestStack stack) {
    this.portalUrl = stack.portalUrl();
  }

  /**
   * Runs the portal's clock this far ahead of real time, in whole seconds rounded up; zero puts it
   * back.
   */
  public void moveClock(Duration ahead) {
    long seconds = ahead.toSeconds();
    if (!ahead.isNegative() && ahead.minusSeconds(seconds).compareTo(Duration.ZERO) > 0) {
      seconds++;
    }
    post("/testing/clock?seconds=" + seconds);
  }

  /**
   * Moves the portal's clock to this day, at this time of day (Japan time) — or up to a second
   * after it, never before: the hook takes whole seconds. (It took whole minutes once, and a clock
   * moved to 8:59 could read 8:59:59 and pass 9:00 while a test still asserted "not yet".)
   */
  public void moveClockTo(LocalDate day, LocalTime time) {
    LocalDateTime now = LocalDateTime.now(JAPAN);
    moveClock(Duration.between(now, day.atTime(time)));
  }

  public void resetClock() {
    moveClock(Duration.ZERO);
  }

  /**
   * Moves the clock to 9:00 on this day, runs the day's reminders twice (the second run must send
   * nothing more) and then the dispatcher that mails what they announced.
   */
  public void remindOn(LocalDate day) {
    moveClockTo(day, LocalTime.of(9, 0));
    run("reminders");
    run("reminders");
    run("notifications");
  }

  /** Runs a scheduled job now: notifications, reminders or digests. */
  public void run(String job) {
    post("/testing/jobs/" + job);
  }

  private void post(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(portalUrl + path))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 204) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
