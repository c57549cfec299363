package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.renkei.portal.feedback.control.FeedbackStore;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;

/**
 * The residents' opinions still to answer (and to moderate), for whoever moderates the document
 * they are about: worked out from the opinions, one query for the circle.
 */
@ApplicationScoped
public class FeedbackWork implements ActionSource {

  @Inject FeedbackStore store;
  @Inject @Any Instance<CommentedDocuments> kinds;

  @Override
  public List<Action> actionsFor() {
    List<Action> actions = new ArrayList<>();
    for (Map.Entry<FeedbackSubject, Long> open : store.unanswered().entrySet()) {
      FeedbackSubject subject = open.getKey();
      for (CommentedDocuments kind : kinds) {
        if (kind.type() == subject.type() && kind.moderates(subject.id())) {
          kind.putToResidents(subject.id())
              .ifPresent(
                  document ->
                      actions.add(
                          Action.worded(
                              "inbox.action.feedback",
                              document.moderationPath(),
                              null,
                              locale -> new Object[] {document.title(locale), open.getValue()})));
        }
      }
    }
    return actions;
  }
}
