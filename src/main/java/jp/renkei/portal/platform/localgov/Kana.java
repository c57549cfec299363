package jp.renkei.portal.platform.localgov;

import java.text.Normalizer;

/**
 * Readings of names in kana, as residents type them: full- or half-width, hiragana or katakana —
 * all compared as hiragana ({@code ﾋﾗﾅｲ}, {@code ヒラナイ} and {@code ひらない} are one reading).
 *
 * <pre>{@code
 * Kana.toHiragana("ﾋﾗﾅｲﾏﾁ"); // ひらないまち
 * Kana.isReading("ひらないまち"); // true
 * }</pre>
 */
public final class Kana {

  private Kana() {}

  /** The text NFKC-normalised with katakana turned into hiragana; null for blank text. */
  public static String toHiragana(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String normal = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(normal.length());
    for (char c : normal.toCharArray()) {
      out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 'ァ' + 'ぁ') : c);
    }
    return out.toString();
  }

  /** True for a reading: hiragana, the long-vowel mark, and nothing else. */
  public static boolean isReading(String text) {
    return text != null
        && !text.isEmpty()
        && text.chars().allMatch(c -> (c >= 'ぁ' && c <= 'ゖ') || c == 'ー' || c == 'ゝ' || c == 'ゞ');
  }

  /** True when the text is kana only (either script), so it is looked up as a reading. */
  public static boolean looksLikeReading(String text) {
    return isReading(toHiragana(text));
  }
}
