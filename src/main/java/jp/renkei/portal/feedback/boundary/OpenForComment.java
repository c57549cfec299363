package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.platform.time.JapanClock;

/**
 * Every document open for residents' comment today, in every circle (or one), closing soonest
 * first: draft agreements during their notification period, vision drafts put to the residents.
 */
@ApplicationScoped
public class OpenForComment {

  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject @Any Instance<CommentedDocuments> kinds;
  @Inject JapanClock clock;

  /** One document open for comment, with where to comment on it. */
  public record Open(
      String circleSlug, CommentedDocument document, String titleJa, String titleEn) {

    public String title(Locale locale) {
      return "en".equals(locale.getLanguage()) ? titleEn : titleJa;
    }

    /** The document's page, at its comment form. */
    public String path() {
      return "/c/" + circleSlug + "/" + document.pagePath() + "#feedback";
    }

    public LocalDate closes() {
      return document.closes();
    }
  }

  public List<Open> all() {
    List<Open> open = new ArrayList<>();
    tenants.tenants().forEach(circle -> open.addAll(in(circle)));
    open.sort(Comparator.comparing(Open::closes).thenComparing(Open::circleSlug));
    return open;
  }

  /** The documents of one circle open for comment today. */
  public List<Open> in(Tenant circle) {
    LocalDate today = clock.today();
    return tenant.within(
        circle,
        () -> {
          List<Open> found = new ArrayList<>();
          for (CommentedDocuments kind : kinds) {
            for (CommentedDocument d : kind.openOn(today)) {
              found.add(
                  new Open(circle.slug(), d, d.title(Locale.JAPANESE), d.title(Locale.ENGLISH)));
            }
          }
          return found;
        });
  }
}
