package jp.renkei.portal.search.boundary;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.platform.localgov.Prefecture;
import jp.renkei.portal.search.entity.SearchDocument;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * Builds a {@link SearchDocument} for a source, with what every document of a circle shares: the
 * circle's address and prefectures, and the fiscal year of its date.
 *
 * <pre>{@code
 * Findable.in("aomori", prefectures)
 *     .document("notice", notice.id(), "", SearchKind.NOTICE, titleJa, titleEn, text,
 *         "/c/aomori/notices", date, Set.of(Readers.PUBLIC));
 * }</pre>
 */
public record Findable(String circleSlug, Set<Integer> prefectures) {

  public static Findable in(String circleSlug, Set<Prefecture> prefectures) {
    return new Findable(
        circleSlug, prefectures.stream().map(Prefecture::code).collect(Collectors.toSet()));
  }

  /** A document of record {@code record}; {@code part} tells several documents of it apart. */
  public SearchDocument document(
      String source,
      long record,
      String part,
      SearchKind kind,
      String titleJa,
      String titleEn,
      String text,
      String path,
      LocalDate date,
      Set<String> readers) {
    return new SearchDocument(
        source + ":" + record + (part.isEmpty() ? "" : ":" + part),
        source,
        record,
        kind,
        circleSlug,
        prefectures,
        titleJa,
        titleEn,
        text,
        path,
        date == null ? null : fiscalYear(date),
        date,
        readers);
  }

  /** The fiscal year (April to March) a day belongs to, named by its April. */
  public static int fiscalYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }
}
