package jp.renkei.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/**
 * How the portal reads Japanese for search — the same for indexing and for queries: kuromoji's
 * morphological analysis in search mode (連携協約 is also 連携 + 協約, so 協約 finds it), base forms of verbs
 * and adjectives, full- and half-width folded (ｶﾀｶﾅ = カタカナ, ＡＢＣ = abc), long-vowel marks of
 * katakana words normalised, particles and punctuation dropped, Latin text lower-cased.
 */
public final class JapaneseText {

  private JapaneseText() {}

  public static Analyzer analyzer() {
    return new JapaneseAnalyzer();
  }
}
