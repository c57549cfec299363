package jp.renkei.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void fileSizesHaveOneDecimalAtMostInTheReadersWriting() {
    assertEquals("41.9KB", in(Language.JA).fileSize(42_930));
    assertEquals("41.9 KB", in(Language.EN).fileSize(42_930));
    assertEquals("512バイト", in(Language.JA).fileSize(512));
    assertEquals("1,000 KB", in(Language.EN).fileSize(1_024_000));
    assertEquals("2.5MB", in(Language.JA).fileSize(2_621_440));
  }

  private static Text in(Language language) {
    Text text = new Text();
    text.language =
        new LanguageSelection() {
          @Override
          public Language getCurrent() {
            return language;
          }
        };
    return text;
  }
}
