package jp.renkei.portal.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Japanese analysis as residents type, and a reader never finds what they may not read. */
class TextIndexTest {

  private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);
  private static final String DRAFT_READERS = "aomori/023051/staff";

  private TextIndex index;

  @BeforeEach
  void index() throws Exception {
    index = new TextIndex(new ByteBuffersDirectory());
    index.replace(
        List.of(),
        List.of(
            doc(1, SearchKind.AGREEMENT, "平内町との連携協約", "圏域の発展を目的とする連携協約を締結する。", PUBLIC),
            doc(2, SearchKind.NOTICE, "調査の公表", "路線バスの利用実態調査の結果を公表します。", PUBLIC),
            doc(3, SearchKind.NOTICE, "観光", "カタカナのガイドブックとABCマップ", PUBLIC),
            doc(4, SearchKind.AGREEMENT, "蓬田村との連携協約（案）", "秘密の下書き語ホタテ振興", Set.of(DRAFT_READERS)),
            doc(
                5,
                SearchKind.NOTICE,
                "English notice",
                "The bus routes survey <b>results</b> are published.",
                PUBLIC)));
    index.commit(7);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchDocument doc(
      long id, SearchKind kind, String title, String text, Set<String> readers) {
    return new SearchDocument(
        "t:" + id,
        "t",
        id,
        kind,
        "aomori",
        Set.of(2),
        title,
        title,
        text,
        "/c/aomori/" + id,
        2026,
        LocalDate.of(2026, 11, (int) id),
        readers);
  }

  private TextIndex.Answer find(String words, Set<String> readers) {
    return index.search(new TextIndex.Question(words, readers, null, null, null, null, false, 1));
  }

  private List<String> keys(TextIndex.Answer answer) {
    return answer.hits().stream().map(TextIndex.Hit::key).toList();
  }

  @Test
  void countsPerKindAndTheTotalFollowTheKindAskedFor() {
    Set<String> member = Set.of(SearchDocument.PUBLIC, DRAFT_READERS);
    TextIndex.Answer all = find("連携協約", member);
    assertEquals(2, all.total());
    assertEquals(java.util.Map.of(SearchKind.AGREEMENT, 2L), all.byKind());
    assertEquals(1, find("連携協約", PUBLIC).total(), "the draft is not the public's to count");

    TextIndex.Answer notices =
        index.search(
            new TextIndex.Question("連携協約", member, null, SearchKind.NOTICE, null, null, false, 1));
    assertEquals(0, notices.total(), "none of the kind asked for");
    assertEquals(2L, notices.byKind().get(SearchKind.AGREEMENT), "the other kinds still counted");
  }

  @Test
  void aPartOfACompoundFindsTheWhole() {
    assertTrue(keys(find("協約", PUBLIC)).contains("t:1"));
    assertEquals(List.of("t:2"), keys(find("路線バス", PUBLIC)));
  }

  @Test
  void widthAndScriptVariantsAreOneWord() {
    assertEquals(List.of("t:3"), keys(find("ｶﾀｶﾅ", PUBLIC)));
    assertEquals(List.of("t:3"), keys(find("ＡＢＣ", PUBLIC)));
    assertEquals(List.of("t:3"), keys(find("abc", PUBLIC)));
  }

  @Test
  void englishTextIsFoundByItsWords() {
    assertEquals(List.of("t:5"), keys(find("Survey", PUBLIC)));
  }

  @Test
  void queryLanguageIsSearchedAsText() {
    for (String odd :
        List.of("\" * ? ~ : ( ) AND OR NOT \\", "協約 AND", "(路線", "*", "x".repeat(10_000))) {
      find(odd, PUBLIC);
    }
    assertTrue(keys(find("（協約）", PUBLIC)).contains("t:1"), "punctuation is no syntax");
    assertTrue(keys(find("協約 AND", PUBLIC)).isEmpty(), "AND is a word to find, not an operator");
  }

  @Test
  void aDraftIsFoundOnlyByItsReadersAndNotEvenCountedForOthers() {
    TextIndex.Answer outsider = find("ホタテ", PUBLIC);
    assertEquals(0, outsider.total());
    assertTrue(outsider.byKind().isEmpty(), "no count betrays it");
    TextIndex.Answer reader = find("ホタテ", Set.of(SearchDocument.PUBLIC, DRAFT_READERS));
    assertEquals(List.of("t:4"), keys(reader));
  }

  @Test
  void snippetsAreEscapedWithTheMatchesMarked() {
    String snippet = find("results", PUBLIC).hits().get(0).snippetHtml();
    assertFalse(snippet.contains("<b>"), snippet);
    assertTrue(snippet.contains("&lt;b&gt;"), snippet);
    assertTrue(snippet.contains("<mark>"), snippet);
  }

  @Test
  void pagingPastTheEndIsAnEmptyPageAndChangesReplaceARecordsDocuments() {
    TextIndex.Answer far =
        index.search(new TextIndex.Question("協約", PUBLIC, null, null, null, null, false, 99));
    assertTrue(far.hits().isEmpty());
    assertTrue(far.total() > 0);
    index.replace(List.of(TextIndex.recordKey("t", 2)), List.of());
    index.commit(8);
    assertTrue(keys(find("路線バス", PUBLIC)).isEmpty());
    assertEquals(8, index.appliedSeq());
  }
}
