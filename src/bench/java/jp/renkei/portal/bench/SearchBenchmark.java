package jp.renkei.portal.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index at a million documents (issue 14): generated documents in the shapes of the demo
 * data (agreement clauses and initiatives, notices, minutes, visions in Japanese), built with the
 * portal's own {@link TextIndex} in a JVM limited to 512 MB of heap; then random one- and two-word
 * queries from 10 threads for 30 s, as an anonymous reader and as a member of a circle; and the
 * time from one more publication until it is found. {@code mvn -Pbench
 * -Dbench.main=jp.renkei.portal.bench.SearchBenchmark [-Dbench.documents=1000000]
 * [-Dbench.reuse=true]}; with {@code bench.reuse} an index already built of as many documents is
 * queried again without building it.
 */
public final class SearchBenchmark {

  private static final String[] PLACES = {
    "青森市", "平内町", "今別町", "蓬田村", "外ヶ浜町", "長野市", "須坂市", "千曲市", "坂城町", "小布施町",
    "高山村", "信濃町", "小川村", "飯綱町", "八戸市", "野辺地町", "盛岡市", "雫石町", "紫波町", "矢巾町"
  };
  private static final String[] TOPICS = {
    "路線バスの利用実態調査", "観光資源を活用した誘客", "地域医療の連携体制", "移住・定住の促進", "高等教育機関との連携",
    "産業クラスターの形成", "子育て支援の充実", "防災・減災の広域連携", "公共施設の相互利用", "デジタル化の推進",
    "農林水産物のブランド化", "ホタテの販路拡大", "りんごの輸出促進", "地域公共交通の再編", "職員の合同研修"
  };
  private static final String[] SENTENCES = {
    "甲及び乙は、{0}について、相互に役割を分担し、連携して取り組むものとする。",
    "{1}と{2}は、{0}を図るため、各種連携事業に取り組む。",
    "令和{3}年度の{0}に関する協議を行い、次のとおり申し合わせた。",
    "{1}の市長と{2}の町長は、{0}の進捗を確認した。",
    "圏域全体の{0}に向けて、ビジョン懇談会の意見を踏まえて計画を見直す。",
    "{0}の実績は目標を上回った。引き続き{1}が中心となって推進する。"
  };
  private static final String[] QUERIES = {
    "路線バス", "協約", "観光", "ホタテ", "地域医療", "移住", "防災 連携", "子育て", "りんご 輸出", "デジタル",
    "平内町", "ひらない", "公共交通", "研修", "ブランド化", "高等教育", "誘客", "ビジョン懇談会", "実績", "申し合わせ"
  };

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Integer.parseInt(args[1]), Path.of(args[2]));
      return;
    }
    int documents = Integer.getInteger("bench.documents", 1_000_000);
    Path dir = Path.of("target/bench/search-index").toAbsolutePath();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dbench.reuse=" + Boolean.getBoolean("bench.reuse"),
                "-cp",
                classpath(),
                SearchBenchmark.class.getName(),
                "--child",
                Integer.toString(documents),
                dir.toString()));
    Process child = new ProcessBuilder(command).inheritIO().start();
    System.exit(child.waitFor());
  }

  private static String classpath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<String> entries = new ArrayList<>();
    while (loader != null) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          entries.add(new File(url.getPath()).getPath());
        }
      }
      loader = loader.getParent();
    }
    return entries.isEmpty()
        ? System.getProperty("java.class.path")
        : String.join(File.pathSeparator, entries);
  }

  private static void child(int documents, Path dir) throws Exception {
    List<String> report =
        BenchReport.start(
            "Search benchmark",
            "heap limit " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB");
    boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(dir);
    if (!reuse) {
      deleteTree(dir);
      Files.createDirectories(dir);
    }
    AtomicLong maxHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                Runtime r = Runtime.getRuntime();
                maxHeap.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    try (TextIndex index = new TextIndex(FSDirectory.open(dir))) {
      if (reuse && index.appliedSeq() >= documents) {
        report.add(String.format("- the index of %,d documents built before is reused", documents));
      } else {
        build(index, documents, dir, report);
      }

      for (Set<String> readers :
          List.of(
              Set.of(SearchDocument.PUBLIC),
              Set.of(SearchDocument.PUBLIC, "c7/central-city-staff", "c7/023035/staff"))) {
        query(index, readers, 15); // warm-up: the JIT compiles on the same two cores
        long[] latencies = query(index, readers, 30);
        report.add(
            String.format(
                "- queries, 10 threads for 30 s, reader %s: %,d queries (%.0f/s), p50 %.1f ms, p95 %.1f"
                    + " ms, p99 %.1f ms (target p95 ≤ 50 ms)",
                readers.size() == 1 ? "anonymous" : "a circle member",
                latencies.length,
                latencies.length / 30.0,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99)));
      }

      long published = System.nanoTime();
      SearchDocument fresh =
          new SearchDocument(
              "bench:fresh",
              "bench",
              -1,
              SearchKind.NOTICE,
              "c1",
              Set.of(2),
              "新着のお知らせ",
              "News",
              "本日公表した唯一無二のキーワードはアオモリホタテサミット",
              "/c/c1/notices",
              2026,
              LocalDate.now(),
              Set.of(SearchDocument.PUBLIC));
      index.replace(List.of(TextIndex.recordKey("bench", -1)), List.of(fresh));
      index.commit(documents + 1L);
      boolean found =
          !index.search(question("アオモリホタテサミット", Set.of(SearchDocument.PUBLIC))).hits().isEmpty();
      report.add(
          String.format(
              "- one publication until found (write, commit, refresh, search): %.0f ms (%s)",
              (System.nanoTime() - published) / 1e6, found ? "found" : "NOT found"));
    }
    sampler.interrupt();
    report.add(
        "- heap, most used: " + maxHeap.get() / 1024 / 1024 + " MB (-Xmx512m; target ≤ 512 MB)");
    report.forEach(System.out::println);
    Files.write(dir.resolveSibling("search.md"), report);
  }

  private static void build(TextIndex index, int documents, Path dir, List<String> report)
      throws Exception {
    long start = System.nanoTime();
    Random random = new Random(42);
    List<SearchDocument> batch = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      batch.add(generated(i, random));
      if (batch.size() == 10_000) {
        index.replace(List.of(), batch);
        batch.clear();
        if ((i + 1) % 100_000 == 0) {
          System.out.printf(
              "  indexed %,d documents (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
        }
      }
    }
    index.replace(List.of(), batch);
    index.commit(documents);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    report.add(
        String.format(
            "- full build of %,d documents: %.0f s (%,.0f documents/s); index on disk %,d MB",
            documents, buildSeconds, documents / buildSeconds, size(dir) / 1024 / 1024));
  }

  private static long[] query(TextIndex index, Set<String> readers, int seconds) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(10);
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      int seed = t;
      results.add(
          threads.submit(
              () -> {
                Random random = new Random(seed);
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < until) {
                  String q = QUERIES[random.nextInt(QUERIES.length)];
                  long start = System.nanoTime();
                  index.search(question(q, readers));
                  latencies.add(System.nanoTime() - start);
                }
                return latencies;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : results) {
      all.addAll(f.get());
    }
    threads.shutdown();
    Collections.sort(all);
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static TextIndex.Question question(String q, Set<String> readers) {
    return new TextIndex.Question(q, readers, null, null, null, null, false, 1);
  }

  private static double percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)]
        / 1e6;
  }

  private static SearchDocument generated(int i, Random random) {
    String topic = TOPICS[random.nextInt(TOPICS.length)];
    String a = PLACES[random.nextInt(PLACES.length)];
    String b = PLACES[random.nextInt(PLACES.length)];
    StringBuilder text = new StringBuilder();
    int sentences = 3 + random.nextInt(8);
    for (int s = 0; s < sentences; s++) {
      String t = TOPICS[random.nextInt(TOPICS.length)];
      text.append(
          SENTENCES[random.nextInt(SENTENCES.length)]
              .replace("{0}", s == 0 ? topic : t)
              .replace("{1}", a)
              .replace("{2}", b)
              .replace("{3}", Integer.toString(1 + random.nextInt(8))));
    }
    SearchKind kind = SearchKind.values()[random.nextInt(5)];
    int circle = random.nextInt(40);
    boolean draft = random.nextInt(10) == 0;
    Set<String> readers =
        draft
            ? Set.of("c" + circle + "/central-city-staff", "c" + circle + "/023035/staff")
            : Set.of(SearchDocument.PUBLIC);
    LocalDate date = LocalDate.of(2019, 4, 1).plusDays(random.nextInt(2800));
    return new SearchDocument(
        "gen:" + i,
        "gen",
        i,
        kind,
        "c" + circle,
        Set.of(1 + random.nextInt(47)),
        a + "と" + b + "の" + topic,
        "Generated " + i,
        text.toString(),
        "/c/c" + circle + "/x/" + i,
        date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1,
        date,
        readers);
  }

  private static long size(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  static String join(String... parts) {
    return String.join("", Arrays.asList(parts));
  }
}
