package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.renkei.portal.feedback.control.FeedbackStore;
import jp.renkei.portal.feedback.entity.Feedback;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;

/**
 * A resident's own opinions, in every circle, newest first: what they wrote, on which document,
 * where it stands, and the authority's response to it. Only ever the caller's own.
 */
@ApplicationScoped
public class MyOpinions {

  /** The opinions listed: the newest, enough for years of a resident's participation. */
  static final int SHOWN = 100;

  @Inject TenantContext tenant;
  @Inject TenantDirectory tenants;
  @Inject FeedbackStore store;
  @Inject @Any Instance<CommentedDocuments> kinds;

  /** Where an opinion stands. Labels: {@code feedback.mine.status.<NAME>}. */
  public enum Status {
    RECEIVED,
    ANSWERED,
    HIDDEN
  }

  /** One of the caller's opinions with its document. */
  public record MyOpinion(
      long id,
      String circleSlug,
      CommentedDocument document,
      String body,
      Instant submittedAt,
      Status status,
      String response,
      String hiddenReason) {

    public String title(Locale locale) {
      return document == null ? "" : document.title(locale);
    }

    /** The document's page in the portal. */
    public String path() {
      return document == null
          ? "/c/" + circleSlug + "/"
          : "/c/" + circleSlug + "/" + document.pagePath();
    }
  }

  public List<MyOpinion> list() {
    String me = tenant.getCaller().username();
    if (me == null) {
      return List.of();
    }
    List<Feedback> mine = store.byAuthor(me, SHOWN);
    Map<String, Optional<CommentedDocument>> documents = new HashMap<>();
    List<MyOpinion> opinions = new ArrayList<>();
    for (Feedback f : mine) {
      Tenant circle = tenants.tenantById(f.circleId()).orElse(null);
      if (circle == null) {
        continue;
      }
      String key = f.circleId() + ":" + f.subject().type() + ":" + f.subject().id();
      Optional<CommentedDocument> document =
          documents.computeIfAbsent(key, k -> tenant.within(circle, () -> document(f.subject())));
      Status status =
          f.hidden()
              ? Status.HIDDEN
              : f.response() == null || f.response().isBlank() ? Status.RECEIVED : Status.ANSWERED;
      opinions.add(
          new MyOpinion(
              f.id(),
              circle.slug(),
              document.orElse(null),
              f.body(),
              f.submittedAt(),
              status,
              status == Status.ANSWERED ? f.response() : null,
              f.hiddenReason()));
    }
    return opinions;
  }

  private Optional<CommentedDocument> document(FeedbackSubject subject) {
    for (CommentedDocuments kind : kinds) {
      if (kind.type() == subject.type()) {
        return kind.putToResidents(subject.id());
      }
    }
    return Optional.empty();
  }
}
