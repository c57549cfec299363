package jp.renkei.portal.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.renkei.portal.feedback.control.FeedbackStore;
import jp.renkei.portal.feedback.entity.FeedbackSubject;
import jp.renkei.portal.platform.people.PeopleGroups;

/**
 * The residents whose opinions on a document are shown (not hidden), as a group the inbox can
 * address: told when the document's 意見と考え方 is published, however many they are. A group's name is
 * the document's kind and id ({@code AGREEMENT_VERSION:5}).
 */
@ApplicationScoped
public class Commenters implements PeopleGroups {

  public static final String KIND = "commenters";

  @Inject FeedbackStore store;

  /** The group of the residents who commented on this document. */
  public static String nameOf(FeedbackSubject subject) {
    return subject.type().name() + ":" + subject.id();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> usernames(String name) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return List.of();
    }
    FeedbackSubject.Type type;
    long id;
    try {
      type = FeedbackSubject.Type.valueOf(name.substring(0, colon));
      id = Long.parseLong(name.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return store.authorsShown(new FeedbackSubject(type, id));
  }
}
