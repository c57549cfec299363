package jp.renkei.portal.search.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * One findable thing as a context describes it: what it is, where its page is, its text in both
 * languages, and who may read it — {@code public}, or the reader groups its page admits.
 *
 * @param key unique in the index: the source, the record and a part ({@code agreement:12:3})
 * @param record the source's record id, whose change replaces every document of it
 * @param path the portal path of its page ({@code /c/aomori/agreements/12})
 * @param fiscalYear the fiscal year it belongs to (April–March), for the filter
 * @param date when it was published or last changed, for "newest first"
 * @param readers {@code public}, or the groups allowed to read it
 */
public record SearchDocument(
    String key,
    String source,
    long record,
    SearchKind kind,
    String circleSlug,
    Set<Integer> prefectures,
    String titleJa,
    String titleEn,
    String text,
    String path,
    Integer fiscalYear,
    LocalDate date,
    Set<String> readers) {

  /** The reader group of everything public. */
  public static final String PUBLIC = "public";

  public SearchDocument {
    prefectures = Set.copyOf(prefectures);
    readers = Set.copyOf(readers);
    text = text == null ? "" : text;
    titleEn = titleEn == null || titleEn.isBlank() ? titleJa : titleEn;
  }

  public boolean isPublic() {
    return readers.contains(PUBLIC);
  }
}
