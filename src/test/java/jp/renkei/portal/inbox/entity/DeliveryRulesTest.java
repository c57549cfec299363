package jp.renkei.portal.inbox.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a notification's mail is tried, given up on and sent again; who an event is for. */
class DeliveryRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private static NotificationEvent event() {
    NotificationEvent event =
        new NotificationEvent(
            1,
            Category.ACTION,
            "consultation.proposed",
            List.of(Audience.offices("023035")),
            "件名",
            "Subject",
            "本文",
            "Body",
            "/c/aomori/consultations/1",
            "aomori-mayor",
            null,
            null,
            NOW);
    try {
      var id = NotificationEvent.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(event, 7L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return event;
  }

  @Test
  void aFailedMailIsTriedAgainAfterGrowingPausesThenIsADeadLetter() {
    Notification n =
        new Notification(event(), "hiranai-staff", "h@example.jp", "ja", Frequency.IMMEDIATE, NOW);
    assertTrue(n.isDue(NOW));
    for (int attempt = 1; attempt < Notification.MAX_ATTEMPTS; attempt++) {
      n.failed("421 try later", false, NOW);
      assertFalse(n.isDead(), "attempt " + attempt);
      assertFalse(n.isDue(NOW), "it waits after attempt " + attempt);
    }
    n.failed("421 try later", false, NOW);
    assertTrue(n.isDead());
    assertEquals("421 try later", n.lastError());

    n.sendAgain(NOW);
    assertTrue(n.isDue(NOW), "sent again, it is due at once");
    assertEquals(0, n.attempts());
  }

  @Test
  void anAddressTheServerRefusesForGoodIsADeadLetterAtOnce() {
    Notification n = new Notification(event(), "x", "x@example.jp", "en", Frequency.IMMEDIATE, NOW);
    n.failed("550 no such user", true, NOW);
    assertTrue(n.isDead());
  }

  @Test
  void withoutAnAddressOrWithMailOffItIsForTheInboxOnly() {
    assertEquals(
        DeliveryStatus.INBOX_ONLY,
        new Notification(event(), "a", null, "ja", Frequency.IMMEDIATE, NOW).status());
    assertEquals(
        DeliveryStatus.INBOX_ONLY,
        new Notification(event(), "a", "a@example.jp", "ja", Frequency.OFF, NOW).status());
    assertEquals(
        DeliveryStatus.PENDING,
        new Notification(event(), "a", "a@example.jp", "ja", Frequency.DAILY, NOW).status());
  }

  @Test
  void thePausesGrowToAnHour() {
    assertEquals(Duration.ofMinutes(1), NotificationEvent.Backoff.after(1));
    assertEquals(Duration.ofMinutes(2), NotificationEvent.Backoff.after(2));
    assertEquals(Duration.ofMinutes(32), NotificationEvent.Backoff.after(6));
    assertEquals(Duration.ofMinutes(60), NotificationEvent.Backoff.after(20));
  }

  @Test
  void audiencesSurviveTheirTextForm() {
    List<Audience> audiences =
        List.of(
            Audience.offices("023035"),
            Audience.centralCity(),
            Audience.person("resident"),
            Audience.followers(Audience.AGREEMENT, 12),
            Audience.followers(null, 0));
    assertEquals(audiences, Audience.decode(Audience.encode(audiences)));
  }

  @Test
  void actionsAreAtOnceAndInformationDailyUnlessChosenOtherwise() {
    assertEquals(Frequency.IMMEDIATE, Category.ACTION.defaultFrequency());
    assertEquals(Frequency.DAILY, Category.INFORMATION.defaultFrequency());
  }
}
