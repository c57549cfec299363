package jp.renkei.portal.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.search.control.SearchIndex;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.control.TextIndex.Answer;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * Searches what the caller may read: everything public, and — signed in — what the pages of their
 * circles show them (drafts, consultations, minutes in progress). The groups the caller reads as
 * come from their token ({@link Readers}); the index applies them before it counts, ranks or
 * highlights, so a hit, a count or a snippet never betrays what the caller may not see.
 */
@ApplicationScoped
public class Search {

  @Inject CurrentCaller caller;
  @Inject TenantDirectory tenants;
  @Inject SearchIndex index;

  /** A search as the reader asked for it; blank or unusable words find nothing. */
  public record Request(
      String text,
      String circle,
      SearchKind kind,
      Integer fiscalYear,
      Integer prefecture,
      boolean newestFirst,
      int page) {}

  public Answer search(Request request) {
    if (request.text() == null || request.text().isBlank()) {
      return Answer.empty(request.page());
    }
    return index
        .index()
        .search(
            new TextIndex.Question(
                request.text(),
                Readers.of(caller.get(), tenants.tenants()),
                request.circle(),
                request.kind(),
                request.fiscalYear(),
                request.prefecture(),
                request.newestFirst(),
                request.page()));
  }

  /** Only what everybody may read: for the public API, whoever calls it. */
  public Answer searchPublic(Request request) {
    if (request.text() == null || request.text().isBlank()) {
      return Answer.empty(request.page());
    }
    return index
        .index()
        .search(
            new TextIndex.Question(
                request.text(),
                java.util.Set.of(Readers.PUBLIC),
                request.circle(),
                request.kind(),
                request.fiscalYear(),
                request.prefecture(),
                request.newestFirst(),
                request.page()));
  }

  /** What this instance's index holds (documents, last change applied), for the administrator. */
  public java.util.Map<String, String> state() {
    return index.state();
  }

  /** False while this instance builds its index for the first time. */
  public boolean isReady() {
    return index.index().appliedSeq() >= 0;
  }
}
