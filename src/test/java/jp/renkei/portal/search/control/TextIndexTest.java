package jp.renkei.portal.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
        LocalDate.of(2026, 11, 1).plusDays(id),
        readers);
  }

  @Test
  void publicPagesAreTheCirclesPublicDocumentsNewestFirst() {
    assertEquals(
        List.of("/c/aomori/5", "/c/aomori/3", "/c/aomori/2", "/c/aomori/1"),
        index.publicPages("aomori", 10).stream().map(TextIndex.Listed::path).toList(),
        "the draft (4) is not among them");
    assertEquals(LocalDate.of(2026, 11, 6), index.publicPages("aomori", 1).get(0).date());
    assertTrue(index.publicPages("nagano", 10).isEmpty());
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

  @Test
  void anIndexInAnEarlierFormatIsStartedAfreshAndBuiltAgain() throws Exception {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new NumericDocValuesField("date", 1));
      doc.add(new StringField("kind", "NOTICE", Field.Store.YES));
      old.addDocument(doc);
      old.setLiveCommitData(Map.of("seq", "41", "format", "2").entrySet());
      old.commit();
    }
    try (TextIndex reopened = new TextIndex(directory)) {
      assertEquals(-1, reopened.appliedSeq(), "an index in another layout is not applied");
      reopened.replace(
          List.of(), List.of(doc(1, SearchKind.NOTICE, "新しい形式", "日付は点としても索引する", PUBLIC)));
      reopened.commit(42);
      assertEquals(42, reopened.appliedSeq());
      assertEquals("1", reopened.state().get("documents"), "nothing of the old layout is left");
    }
  }

  @Test
  void aTitleRanksAMatchFirstAndPagesNeitherRepeatNorSkip() {
    List<SearchDocument> many = new java.util.ArrayList<>();
    for (int i = 10; i < 55; i++) {
      many.add(doc(i, SearchKind.MINUTES, "第" + i + "回協議", "議題は水産業の振興、特にホタテの販路である。", PUBLIC));
    }
    many.add(doc(55, SearchKind.NOTICE, "ホタテの販路拡大", "協議の結果をお知らせします。", PUBLIC));
    index.replace(List.of(), many);
    index.commit(9);

    List<String> seen = new java.util.ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      seen.addAll(
          keys(
              index.search(
                  new TextIndex.Question("ホタテ 販路", PUBLIC, null, null, null, null, false, page))));
    }
    assertEquals("t:55", seen.get(0), "the words in the title rank it first");
    assertEquals(46, seen.size(), "every match on one of the pages");
    assertEquals(46, Set.copyOf(seen).size(), "none on two");
  }

  @Test
  void countingStopsAtTheCapAndSaysSo() {
    List<SearchDocument> many = new java.util.ArrayList<>();
    for (int i = 100; i < 100 + TextIndex.COUNT_CAP + 50; i++) {
      many.add(doc(i, SearchKind.MINUTES, "協議", "路線バスの再編を協議した。", PUBLIC));
    }
    index.replace(List.of(), many);
    index.commit(10);

    TextIndex.Answer common = find("再編", PUBLIC);
    assertEquals(TextIndex.COUNT_CAP, common.total());
    assertTrue(common.atLeast(), "the total is a lower bound");
    assertEquals(TextIndex.PAGE_SIZE, common.hits().size());
    TextIndex.Answer rare = find("利用実態調査", PUBLIC);
    assertEquals(1, rare.total());
    assertFalse(rare.atLeast(), "a count under the cap is exact");
  }
}
