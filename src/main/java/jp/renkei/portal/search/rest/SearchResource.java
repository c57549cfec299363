package jp.renkei.portal.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.search.boundary.Search;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * {@code GET /api/v1/search?q=&circle=&kind=&year=&page=}: what the portal has published, whoever
 * asks (the API never shows members' drafts). Snippets are HTML-escaped text with {@code <mark>}
 * around the matches; an empty or unusable query finds nothing.
 */
@Path("v1/search")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject Search search;

  /** One hit of the API. */
  public record HitJson(
      String kind,
      String circle,
      String titleJa,
      String titleEn,
      String snippetHtml,
      String path,
      Integer fiscalYear,
      String date) {}

  /** A page of hits. */
  /**
   * {@code totalAtLeast}: counting stopped at {@value TextIndex#COUNT_CAP}; the total and the
   * counts by kind are lower bounds.
   */
  public record AnswerJson(
      long total,
      boolean totalAtLeast,
      int page,
      int pages,
      Map<SearchKind, Long> byKind,
      List<HitJson> hits) {}

  @GET
  public AnswerJson search(
      @QueryParam("q") String q,
      @QueryParam("circle") String circle,
      @QueryParam("kind") String kind,
      @QueryParam("year") Integer year,
      @QueryParam("page") Integer page) {
    String text = q == null ? "" : q.length() > 1000 ? q.substring(0, 1000) : q;
    TextIndex.Answer answer =
        search.searchPublic(
            new Search.Request(
                text,
                circle,
                kindOf(kind),
                year,
                null,
                false,
                page == null ? 1 : Math.max(1, Math.min(page, 1000))));
    return new AnswerJson(
        answer.total(),
        answer.atLeast(),
        answer.page(),
        answer.pages(),
        answer.byKind(),
        answer.hits().stream()
            .map(
                h ->
                    new HitJson(
                        h.kind().name(),
                        h.circle(),
                        h.titleJa(),
                        h.titleEn(),
                        h.snippetHtml(),
                        h.path(),
                        h.fiscalYear(),
                        h.date() == null ? null : h.date().toString()))
            .toList());
  }

  private static SearchKind kindOf(String kind) {
    for (SearchKind k : SearchKind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }
}
