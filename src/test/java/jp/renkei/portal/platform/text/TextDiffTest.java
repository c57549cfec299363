package jp.renkei.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import jp.renkei.portal.platform.text.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void aChangedYearIsReplacedWholeNotDigitByDigit() {
    assertEquals(
        List.of(kept("令和"), removed("10"), added("13"), kept("年度まで")),
        TextDiff.byToken("令和10年度まで", "令和13年度まで"));
  }

  @Test
  void anAmountWithSeparatorsIsOneToken() {
    assertEquals(
        List.of(kept("人口"), removed("28,576,000"), added("28,576,500"), kept("人")),
        TextDiff.byToken("人口28,576,000人", "人口28,576,500人"));
    assertEquals(
        List.of(removed("１２．５"), added("１３．０"), kept("％")), TextDiff.byToken("１２．５％", "１３．０％"));
  }

  @Test
  void aSeparatorOutsideANumberIsText() {
    assertEquals(List.of(kept("10"), removed("、"), added("。")), TextDiff.byToken("10、", "10。"));
  }

  @Test
  void japaneseProseIsComparedCharacterByCharacterAndLatinWordsWhole() {
    assertEquals(
        List.of(kept("路線"), added("バス"), kept("の"), removed("Wi"), added("WiFi")),
        TextDiff.byToken("路線のWi", "路線バスのWiFi"));
  }

  @Test
  void theSameTextHasNoChange() {
    assertFalse(TextDiff.changed(TextDiff.byToken("同じ文", "同じ文")));
  }

  private static Segment kept(String text) {
    return new Segment(Segment.Kind.KEPT, text);
  }

  private static Segment removed(String text) {
    return new Segment(Segment.Kind.REMOVED, text);
  }

  private static Segment added(String text) {
    return new Segment(Segment.Kind.ADDED, text);
  }
}
