package jp.renkei.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A Lucene index of {@link SearchDocument}s: written by one indexer, read by any number of requests
 * (near real time). Queries are the reader's words analysed as Japanese — never Lucene's query
 * syntax, so {@code " * ? ~ : ( ) AND OR NOT \} are searched as the text they are — limited to what
 * the reader's groups may read before anything is counted, ranked or highlighted. Snippets are
 * escaped HTML with {@code <mark>} around the matches.
 *
 * <p>Plain Java, so the benchmark uses it without a server.
 */
public final class TextIndex implements AutoCloseable {

  /** The longest query taken; longer text is cut (it would only slow the search down). */
  public static final int MAX_QUERY = 200;

  public static final int PAGE_SIZE = 20;

  /**
   * Matches are counted up to this many; beyond it the answer says "at least" (a reader narrows the
   * question rather than paging through ten thousand results), and a search costs what its page
   * costs, not what its matches number.
   */
  public static final int COUNT_CAP = 10_000;

  private static final String KEY = "key";
  private static final String RECORD = "record";
  private static final String KIND = "kind";
  private static final String CIRCLE = "circle";
  private static final String PREFECTURE = "prefecture";
  private static final String YEAR = "year";
  private static final String DATE = "date";
  private static final String READERS = "readers";
  private static final String TITLE_JA = "title_ja";
  private static final String TITLE_EN = "title_en";
  private static final String TEXT = "text";
  private static final String ALL = "all";
  private static final String PATH = "path";
  private static final String SEQ = "seq";
  private static final String GENERATION = "generation";
  private static final String FORMAT = "format";

  /**
   * The layout of the documents; an index written in another is built again. 2: the kind as doc
   * values, counted in one pass. 3: the titles and the text in one field that matches and ranks
   * first; the date as a point, so newest-first skips what cannot make the page.
   */
  static final String CURRENT_FORMAT = "3";

  private static final FieldType HIGHLIGHTED = highlighted();

  private final Directory directory;
  private final Analyzer analyzer = JapaneseText.analyzer();
  private final IndexWriter writer;
  private final QueryCachingPolicy caching = new ReadersFilterCached();

  /**
   * Searches run at most one per core, the others wait their turn in order: ten searches at once on
   * two cores took longer each than queued ones (the caches and the scheduler shared tenfold).
   */
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private final SearcherManager searchers;

  public TextIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(32)
                .setOpenMode(
                    inCurrentFormat(directory)
                        ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                        : IndexWriterConfig.OpenMode.CREATE));
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCachingPolicy(caching);
                return searcher;
              }
            });
  }

  /**
   * Whether the directory holds no index or one in {@link #CURRENT_FORMAT}; an index in another is
   * started afresh (its fields may be of other types), so the indexer builds it again.
   */
  private static boolean inCurrentFormat(Directory directory) throws IOException {
    return !DirectoryReader.indexExists(directory)
        || CURRENT_FORMAT.equals(
            SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
  }

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  // --- Writing ---------------------------------------------------------------------------------

  /** The last change applied to the committed index; -1 when it was never built. */
  public long appliedSeq() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return -1;
      }
      if (writer.getLiveCommitData() == null) {
        return -1;
      }
      Map<String, String> data = liveCommitData();
      String seq = data.get(SEQ);
      return seq == null || !CURRENT_FORMAT.equals(data.get(FORMAT)) ? -1 : Long.parseLong(seq);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the committed index was built from (the indexer's words: which database, which rebuild
   * request); null when never said.
   */
  public String generation() {
    return writer.getLiveCommitData() == null ? null : liveCommitData().get(GENERATION);
  }

  private Map<String, String> liveCommitData() {
    Map<String, String> data = new java.util.HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  /** Replaces every document of these records ({@code source:record}) by these documents. */
  public void replace(Collection<String> records, Collection<SearchDocument> documents) {
    try {
      for (String record : records) {
        writer.deleteDocuments(new Term(RECORD, record));
      }
      for (SearchDocument d : documents) {
        writer.addDocument(toLucene(d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties the index (a rebuild starts), without committing. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes what was written durable, noting the last change it includes, and visible to searches.
   */
  public void commit(long seq) {
    String generation = generation();
    commit(seq, generation == null ? "" : generation);
  }

  /** Commits a rebuild: what was written, the last change, and what it was built from. */
  public void commit(long seq, String generation) {
    try {
      writer.setLiveCommitData(
          Map.of(SEQ, Long.toString(seq), GENERATION, generation, FORMAT, CURRENT_FORMAT)
              .entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String recordKey(String source, long record) {
    return source + ":" + record;
  }

  private static Document toLucene(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.key(), Field.Store.YES));
    doc.add(new StringField(RECORD, recordKey(d.source(), d.record()), Field.Store.NO));
    doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(KIND, new BytesRef(d.kind().name())));
    doc.add(new StringField(CIRCLE, d.circleSlug(), Field.Store.YES));
    for (int prefecture : d.prefectures()) {
      doc.add(new StringField(PREFECTURE, Integer.toString(prefecture), Field.Store.NO));
    }
    if (d.fiscalYear() != null) {
      doc.add(new IntPoint(YEAR, d.fiscalYear()));
      doc.add(new StoredField(YEAR, d.fiscalYear()));
    }
    long day = d.date() == null ? 0 : d.date().toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new NumericDocValuesField(DATE, day));
    doc.add(new StoredField(DATE, day));
    for (String reader : d.readers()) {
      doc.add(new StringField(READERS, reader, Field.Store.NO));
    }
    doc.add(new TextField(TITLE_JA, d.titleJa(), Field.Store.YES));
    doc.add(new TextField(TITLE_EN, d.titleEn(), Field.Store.YES));
    doc.add(new Field(TEXT, d.text(), HIGHLIGHTED));
    for (String all : List.of(d.titleJa(), d.titleEn(), d.text())) {
      doc.add(new TextField(ALL, all, Field.Store.NO));
    }
    doc.add(new StoredField(PATH, d.path()));
    return doc;
  }

  // --- Searching -------------------------------------------------------------------------------

  /** What to look for, where, for whom. Null filters are not applied. */
  public record Question(
      String text,
      Set<String> readers,
      String circle,
      SearchKind kind,
      Integer fiscalYear,
      Integer prefecture,
      boolean newestFirst,
      int page) {}

  /** One hit: its page, its titles, the escaped snippet with the matches marked. */
  public record Hit(
      String key,
      SearchKind kind,
      String circle,
      String titleJa,
      String titleEn,
      String snippetHtml,
      String path,
      Integer fiscalYear,
      LocalDate date) {}

  /**
   * A page of hits, how many in all, and how many of each kind (all within the reader's groups).
   * When {@code atLeast}, counting stopped at {@link #COUNT_CAP}: the total and the kinds' counts
   * are what was counted until then, each a lower bound.
   */
  public record Answer(
      List<Hit> hits, long total, boolean atLeast, Map<SearchKind, Long> byKind, int page) {

    public static Answer empty(int page) {
      return new Answer(List.of(), 0, false, Map.of(), page);
    }

    public int pages() {
      return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
  }

  public Answer search(Question question) {
    String text = question.text() == null ? "" : question.text().strip();
    if (text.length() > MAX_QUERY) {
      text = text.substring(0, MAX_QUERY);
    }
    Words words = words(text);
    if (words == null) {
      return Answer.empty(question.page());
    }
    running.acquireUninterruptibly();
    try {
      return search(question, words);
    } finally {
      running.release();
    }
  }

  private Answer search(Question question, Words words) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      int page = Math.max(1, question.page());
      int upTo = page * PAGE_SIZE;
      Query filtered = filtered(words.matching(), question, question.kind());
      ScoreDoc[] pageDocs =
          question.newestFirst()
              ? slice(
                  searcher.search(
                          filtered, upTo, new Sort(new SortField(DATE, SortField.Type.LONG, true)))
                      .scoreDocs,
                  (page - 1) * PAGE_SIZE,
                  upTo)
              : ranked(searcher, filtered, words.emphasis(), page);
      String[] snippets = snippets(searcher, words.marked(), pageDocs);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < pageDocs.length; i++) {
        Document doc = searcher.storedFields().document(pageDocs[i].doc);
        hits.add(hit(doc, snippets[i]));
      }
      KindCounter counted = countByKind(searcher, words.matching(), question);
      Map<SearchKind, Long> byKind = counted.counts();
      long total =
          question.kind() == null
              ? byKind.values().stream().mapToLong(Long::longValue).sum()
              : byKind.getOrDefault(question.kind(), 0L);
      return new Answer(hits, total, counted.stopped(), byKind, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A page of the best matches: the page cut from the ranking by the words in the one field of
   * titles and text (a conjunction Lucene ranks while skipping blocks that cannot make the cut),
   * then ordered within by the words in a title and as a phrase. Each page is cut from the same
   * first ranking, so paging neither repeats nor skips a match. Ranking every match by a
   * title-or-text disjunction with the phrase read the positions of every match (400 ms per common
   * word at a million documents); reordering the first 60 rather than the page, 70 ms at p95.
   */
  private static ScoreDoc[] ranked(IndexSearcher searcher, Query filtered, Query emphasis, int page)
      throws IOException {
    int upTo = page * PAGE_SIZE;
    // Skipping starts as soon as the first matches fill the page: the total is counted elsewhere.
    ScoreDoc[] first =
        searcher.search(filtered, new TopScoreDocCollectorManager(upTo, null, upTo)).scoreDocs;
    ScoreDoc[] pageDocs = slice(first, (page - 1) * PAGE_SIZE, upTo);
    return QueryRescorer.rescore(
            searcher,
            new TopDocs(new TotalHits(pageDocs.length, TotalHits.Relation.EQUAL_TO), pageDocs),
            emphasis,
            1.0,
            pageDocs.length)
        .scoreDocs;
  }

  /**
   * How many documents the reader may see match, per kind, in one pass that neither scores nor
   * reads positions: the words in any field, the reader's and the question's filters but its kind;
   * stopping at {@link #COUNT_CAP}. Eight passes over every match (one per kind, one for the total,
   * each with the phrase) took a second per common word at a million documents; one uncapped pass
   * still 200 ms.
   */
  private static KindCounter countByKind(IndexSearcher searcher, Query matching, Question question)
      throws IOException {
    KindCounter counter = new KindCounter();
    searcher.search(new ConstantScoreQuery(filtered(matching, question, null)), counter);
    return counter;
  }

  /**
   * Lucene's caching, and the readers' filter cached as a bit set from its first use. Lucene never
   * caches a single term (an anonymous reader's one group), so the filter walked the postings of
   * nine in ten documents with every query: 40% slower than a member's several groups.
   */
  static final class ReadersFilterCached implements QueryCachingPolicy {
    private final QueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

    @Override
    public void onUse(Query query) {
      usage.onUse(query);
    }

    @Override
    public boolean shouldCache(Query query) throws IOException {
      return query instanceof TermQuery term && term.getTerm().field().equals(READERS)
          || usage.shouldCache(query);
    }
  }

  /**
   * Counts the collected documents per kind from the kind's doc values, segment by segment, until
   * {@link #COUNT_CAP} of them (then it ends each segment's collection at once).
   */
  private static final class KindCounter extends SimpleCollector {
    private final Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
    private SortedDocValues kinds;
    private int[] perOrdinal = new int[0];
    private int collected;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      if (stopped()) {
        throw new CollectionTerminatedException();
      }
      kinds = DocValues.getSorted(context.reader(), KIND);
      perOrdinal = new int[kinds.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
      if (collected == COUNT_CAP) {
        throw new CollectionTerminatedException();
      }
      collected++;
      if (kinds.advanceExact(doc)) {
        perOrdinal[kinds.ordValue()]++;
      }
    }

    boolean stopped() {
      return collected == COUNT_CAP;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    private void flush() throws IOException {
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          counts.merge(
              SearchKind.valueOf(kinds.lookupOrd(ord).utf8ToString()),
              (long) perOrdinal[ord],
              Long::sum);
        }
      }
      perOrdinal = new int[0];
    }

    Map<SearchKind, Long> counts() throws IOException {
      flush();
      return counts;
    }
  }

  /**
   * The reader's words, analysed: {@code matching} every word somewhere in the titles or the text
   * (what is found, counted and ranked first), {@code emphasis} all of them in a title or as a
   * phrase in the text (what ranks a match higher), {@code marked} what the snippet marks.
   */
  private record Words(Query matching, Query emphasis, Query marked) {}

  /** The reader's words as queries; null when nothing is left to find. */
  private Words words(String text) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query matching = builder.createBooleanQuery(ALL, text, Occur.MUST);
    if (matching == null) {
      return null;
    }
    BooleanQuery.Builder emphasis = new BooleanQuery.Builder();
    for (String title : List.of(TITLE_JA, TITLE_EN)) {
      Query q = builder.createBooleanQuery(title, text, Occur.MUST);
      if (q != null) {
        emphasis.add(new BoostQuery(q, 3f), Occur.SHOULD);
      }
    }
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    Query inText = builder.createBooleanQuery(TEXT, text, Occur.SHOULD);
    if (inText != null) {
      marked.add(inText, Occur.SHOULD);
    }
    Query phrase = builder.createPhraseQuery(TEXT, text);
    if (phrase != null) {
      emphasis.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
    }
    return new Words(matching, emphasis.build(), marked.build());
  }

  private static Query filtered(Query words, Question question, SearchKind kind) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
    query.add(
        new TermInSetQuery(READERS, question.readers().stream().map(BytesRef::new).toList()),
        Occur.FILTER);
    if (question.circle() != null) {
      query.add(new TermQuery(new Term(CIRCLE, question.circle())), Occur.FILTER);
    }
    if (kind != null) {
      query.add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER);
    }
    if (question.fiscalYear() != null) {
      query.add(IntPoint.newExactQuery(YEAR, question.fiscalYear()), Occur.FILTER);
    }
    if (question.prefecture() != null) {
      query.add(
          new TermQuery(new Term(PREFECTURE, Integer.toString(question.prefecture()))),
          Occur.FILTER);
    }
    return query.build();
  }

  private String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] pageDocs)
      throws IOException {
    if (pageDocs.length == 0) {
      return new String[0];
    }
    TopDocs page =
        new TopDocs(new TotalHits(pageDocs.length, TotalHits.Relation.EQUAL_TO), pageDocs);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(20_000)
            .build();
    String[] snippets = highlighter.highlight(TEXT, words, page, 2);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        String text = searcher.storedFields().document(page.scoreDocs[i].doc).get(TEXT);
        snippets[i] = escape(text.length() > 120 ? text.substring(0, 120) + "…" : text);
      }
    }
    return snippets;
  }

  private static Hit hit(Document doc, String snippet) {
    var year = doc.getField(YEAR);
    long day = doc.getField(DATE).numericValue().longValue();
    return new Hit(
        doc.get(KEY),
        SearchKind.valueOf(doc.get(KIND)),
        doc.get(CIRCLE),
        doc.get(TITLE_JA),
        doc.get(TITLE_EN),
        snippet,
        doc.get(PATH),
        year == null ? null : year.numericValue().intValue(),
        day == 0 ? null : LocalDate.ofEpochDay(day));
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int to) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    return java.util.Arrays.copyOfRange(all, from, Math.min(to, all.length));
  }

  /** A page the index names and the day it was published or last changed (null: not known). */
  public record Listed(String path, LocalDate date) {}

  /**
   * The pages of one circle's documents that everybody may read, newest first, at most {@code
   * limit} documents (one page can hold several). For the sitemaps: read from the stored fields of
   * the documents the public may find, so a sitemap lists exactly what an anonymous search finds.
   */
  public List<Listed> publicPages(String circle, int limit) {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(READERS, SearchDocument.PUBLIC)), Occur.FILTER)
            .add(new TermQuery(new Term(CIRCLE, circle)), Occur.FILTER)
            .build();
    running.acquireUninterruptibly();
    IndexSearcher searcher = null;
    try {
      searcher = searchers.acquire();
      ScoreDoc[] docs =
          searcher.search(query, limit, new Sort(new SortField(DATE, SortField.Type.LONG, true)))
              .scoreDocs;
      List<Listed> pages = new ArrayList<>(docs.length);
      for (ScoreDoc scored : docs) {
        Document doc = searcher.storedFields().document(scored.doc, Set.of(PATH, DATE));
        long day = doc.getField(DATE).numericValue().longValue();
        pages.add(new Listed(doc.get(PATH), day == 0 ? null : LocalDate.ofEpochDay(day)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      running.release();
      if (searcher != null) {
        try {
          searchers.release(searcher);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** HTML-escapes text for a snippet. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** How many documents, and the last change applied. */
  public Map<String, String> state() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return Map.of(
            "documents",
            Integer.toString(searcher.getIndexReader().numDocs()),
            "seq",
            Long.toString(appliedSeq()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
