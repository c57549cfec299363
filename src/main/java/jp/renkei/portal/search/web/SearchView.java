package jp.renkei.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.search.boundary.Search;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.control.TextIndex.Answer;
import jp.renkei.portal.search.entity.SearchKind;

/**
 * {@code /search?q=路線バス&kind=AGREEMENT&circle=aomori&year=2026&sort=new&page=2}: a plain GET form,
 * so a search can be bookmarked and shared, and a public search keeps the page session-free.
 * Anything the form did not offer (an unknown kind, a year that is not one) is ignored; the words
 * are searched as the text they are.
 */
@Named
@RequestScoped
public class SearchView {

  /** The longest text the form takes; longer is cut and the reader told. */
  static final int MAX_QUERY = TextIndex.MAX_QUERY;

  @Inject HttpServletRequest request;
  @Inject Search search;
  @Inject TenantDirectory tenants;

  private Answer answer;

  public String getQ() {
    String q = clean(request.getParameter("q"));
    return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
  }

  /** True when the words were cut to {@link #MAX_QUERY} characters. */
  public boolean isCut() {
    return clean(request.getParameter("q")).length() > MAX_QUERY;
  }

  public boolean isAsked() {
    return !getQ().isBlank();
  }

  public String getKind() {
    return kind().map(Enum::name).orElse("");
  }

  public String getCircle() {
    return circle().orElse("");
  }

  public String getYear() {
    return year().map(String::valueOf).orElse("");
  }

  public boolean isNewest() {
    return "new".equals(request.getParameter("sort"));
  }

  public int getPage() {
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(request.getParameter("page"))));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public Answer getAnswer() {
    if (answer == null) {
      answer =
          search.search(
              new Search.Request(
                  getQ(),
                  circle().orElse(null),
                  kind().orElse(null),
                  year().orElse(null),
                  null,
                  isNewest(),
                  getPage()));
    }
    return answer;
  }

  public boolean isReady() {
    return search.isReady();
  }

  public List<SearchKind> getKinds() {
    return List.of(SearchKind.values());
  }

  public List<Tenant> getCircles() {
    return tenants.tenants();
  }

  public String date(TextIndex.Hit hit, Locale locale) {
    return hit.date() == null ? "" : OfficialDates.format(hit.date(), locale);
  }

  /** This search's address on another page, or with another kind ({@code null}: all kinds). */
  public String link(int page, String kind) {
    StringBuilder url = new StringBuilder("?q=").append(encode(getQ()));
    if (kind != null && !kind.isEmpty()) {
      url.append("&kind=").append(kind);
    }
    circle().ifPresent(c -> url.append("&circle=").append(encode(c)));
    year().ifPresent(y -> url.append("&year=").append(y));
    if (isNewest()) {
      url.append("&sort=new");
    }
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  private Optional<SearchKind> kind() {
    String kind = request.getParameter("kind");
    for (SearchKind k : SearchKind.values()) {
      if (k.name().equals(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private Optional<String> circle() {
    String slug = request.getParameter("circle");
    return tenants.tenants().stream().map(Tenant::slug).filter(s -> s.equals(slug)).findFirst();
  }

  private Optional<Integer> year() {
    try {
      int year = Integer.parseInt(request.getParameter("year"));
      return year >= 1989 && year <= 2200 ? Optional.of(year) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The text without control characters, and never null. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != 0xFFFD)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
