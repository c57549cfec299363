package jp.renkei.portal.feedback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 15 item 12: the receipt repeats what was received, on one line and not too long. */
class ReceiptExcerptTest {

  @Test
  void aShortOpinionIsRepeatedWholeOnOneLine() {
    assertEquals("路線バスを 残してください。", FeedbackForm.excerpt("  路線バスを\n残してください。 "));
  }

  @Test
  void aLongOneIsCutWithAnEllipsis() {
    String excerpt = FeedbackForm.excerpt("あ".repeat(200));
    assertEquals(FeedbackForm.RECEIPT_EXCERPT + 1, excerpt.length());
    assertEquals('…', excerpt.charAt(excerpt.length() - 1));
  }
}
