package jp.renkei.portal.feedback.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import org.junit.jupiter.api.Test;

/**
 * The 意見と考え方 a notice carries: the count is of every opinion shown, though only the first are read
 * to fill it, and it never grows past what a notice holds.
 */
class ResponseSummaryTest {

  private static final FeedbackSubject DRAFT =
      new FeedbackSubject(FeedbackSubject.Type.AGREEMENT_VERSION, 5);

  private static Feedback opinion(String body, String response) {
    Feedback f = new Feedback(1, DRAFT, null, "resident", body, Instant.now());
    f.respond(response);
    return f;
  }

  @Test
  void theCountIsOfEveryOpinionShownNotOfThoseItBeginsWith() {
    String summary =
        ResidentsFeedback.summary(
            Locale.JAPANESE,
            1_000_000,
            List.of(opinion("路線バスを増やしてほしい", "増便を検討します"), opinion("駅に駐輪場を", null)));
    assertTrue(summary.startsWith("1,000,000件のご意見をいただきました。"), summary);
    assertTrue(summary.contains("1. 路線バスを増やしてほしい\n→ 増便を検討します"), summary);
    assertTrue(summary.contains("2. 駅に駐輪場を\n→ （回答準備中）"), summary);
  }

  @Test
  void manyLongOpinionsAreCutToWhatANoticeHolds() {
    List<Feedback> first = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      first.add(opinion("あ".repeat(2000), "い".repeat(500)));
    }
    String summary = ResidentsFeedback.summary(Locale.ENGLISH, 250_000, first);
    assertTrue(summary.startsWith("250,000 comments were received."), summary.substring(0, 80));
    assertEquals(ResidentsFeedback.MAX_SUMMARY - 9, summary.length());
    assertTrue(summary.endsWith("…"));
  }

  @Test
  void noOpinionsSaySo() {
    assertEquals("意見募集期間中にご意見はありませんでした。", ResidentsFeedback.summary(Locale.JAPANESE, 0, List.of()));
  }
}
