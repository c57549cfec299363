package jp.renkei.portal.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: a notice prepared for a time is seen, changed and announced by the rules. */
class PreparedNoticeTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant TOMORROW_NINE = Instant.parse("2026-12-02T00:00:00Z");
  private static final NoticeText TEXT = new NoticeText("道路工事", null, "通行止めになります。", " ");

  @Test
  void aNoticeForLaterIsNobodysUntilItsTimeAndAnnouncedOnceThen() {
    Notice notice = Notice.written(1, TEXT, TOMORROW_NINE, "aomori-mayor", NOW);

    assertTrue(notice.isScheduledAt(NOW));
    assertFalse(notice.isPublishedAt(TOMORROW_NINE.minusSeconds(1)), "not a second before");
    assertFalse(notice.announceIfDue(TOMORROW_NINE.minusSeconds(1)));
    assertTrue(notice.isPublishedAt(TOMORROW_NINE));
    assertTrue(notice.announceIfDue(TOMORROW_NINE));
    assertFalse(notice.announceIfDue(TOMORROW_NINE.plusSeconds(10)), "once");
    assertEquals(NoticeKind.GENERAL, notice.kind());
  }

  @Test
  void withoutATimeOrWithAPastOneItIsPublishedAtOnce() {
    assertTrue(Notice.written(1, TEXT, null, "aomori-mayor", NOW).isPublishedAt(NOW));
    assertTrue(
        Notice.written(1, TEXT, NOW.minusSeconds(30), "aomori-mayor", NOW).isPublishedAt(NOW));
  }

  @Test
  void itIsChangedOrWithdrawnUntilItsTimeAndNeverAfter() {
    Notice notice = Notice.written(1, TEXT, TOMORROW_NINE, "aomori-mayor", NOW);
    notice.change(TEXT, TOMORROW_NINE.plus(Duration.ofHours(2)), NOW);
    assertFalse(notice.isPublishedAt(TOMORROW_NINE.plus(Duration.ofHours(1))), "moved later");

    Notice withdrawn = Notice.written(1, TEXT, TOMORROW_NINE, "aomori-mayor", NOW);
    withdrawn.withdraw(NOW);
    assertFalse(withdrawn.isPublishedAt(TOMORROW_NINE.plusSeconds(1)), "never appears");
    assertFalse(withdrawn.announceIfDue(TOMORROW_NINE.plusSeconds(1)));

    Notice published = Notice.written(1, TEXT, null, "aomori-mayor", NOW);
    assertEquals(
        "notice.error.already-published",
        assertThrows(NoticeRefused.class, () -> published.withdraw(NOW.plusSeconds(1)))
            .messageKey());
    assertThrows(NoticeRefused.class, () -> published.change(TEXT, TOMORROW_NINE, NOW));
  }

  @Test
  void theJapaneseIsRequiredAndTheEnglishFallsBackToIt() {
    assertEquals("道路工事", TEXT.titleEn());
    assertEquals("通行止めになります。", TEXT.bodyEn());
    assertEquals(
        "notice.error.title-required",
        assertThrows(NoticeRefused.class, () -> new NoticeText(" ", "Roadworks", "本文", null))
            .messageKey());
    assertEquals(
        "notice.error.body-too-long",
        assertThrows(NoticeRefused.class, () -> new NoticeText("見出し", null, "あ".repeat(8001), null))
            .messageKey());
  }
}
