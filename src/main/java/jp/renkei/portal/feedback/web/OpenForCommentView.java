package jp.renkei.portal.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.feedback.boundary.OpenForComment;
import jp.renkei.portal.feedback.boundary.OpenForComment.Open;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.OfficialDates;

/**
 * {@code /open-for-comment}: every draft open for residents' comment in any circle, closing soonest
 * first, each linked to its comment form; and the same for the circle's home page.
 */
@Named
@RequestScoped
public class OpenForCommentView {

  @Inject OpenForComment open;
  @Inject TenantContext tenant;
  @Inject CircleCatalog catalog;

  private List<Open> all;

  public List<Open> getAll() {
    if (all == null) {
      all = open.all();
    }
    return all;
  }

  /** Those of the request's circle. */
  public List<Open> getHere() {
    return open.in(tenant.getTenant());
  }

  /** The circle's name, for the list that spans circles. */
  public String circleName(String slug, Locale locale) {
    return catalog.bySlug(slug).map(c -> c.nameIn(locale)).orElse(slug);
  }

  public String closes(Open item, Locale locale) {
    return OfficialDates.format(item.closes(), locale);
  }
}
