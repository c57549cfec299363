package jp.renkei.portal.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.circle.boundary.CircleCatalog;
import jp.renkei.portal.feedback.boundary.MyOpinions;
import jp.renkei.portal.feedback.boundary.MyOpinions.MyOpinion;
import jp.renkei.portal.inbox.boundary.Follows;
import jp.renkei.portal.inbox.boundary.Follows.Following;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /me}: a resident's own page — their opinions with where each stands and the response to
 * it, what they follow (and stopping it), and a link to how they get mail.
 */
@Named
@RequestScoped
public class MyPageView {

  @Inject MyOpinions opinions;
  @Inject Follows follows;
  @Inject CircleCatalog catalog;
  @Inject Steps steps;

  private List<MyOpinion> mine;
  private List<Following> following;

  public List<MyOpinion> getOpinions() {
    if (mine == null) {
      mine = opinions.list();
    }
    return mine;
  }

  public List<Following> getFollowing() {
    if (following == null) {
      following = follows.mine();
    }
    return following;
  }

  /** The circle's name in the reader's language. */
  public String circleName(String slug, Locale locale) {
    return catalog.bySlug(slug).map(c -> c.nameIn(locale)).orElse(slug);
  }

  public String submitted(MyOpinion opinion, Locale locale) {
    return OfficialDates.format(
        opinion.submittedAt().atZone(JapanClock.JAPAN).toLocalDate(), locale);
  }

  public void stop(long followId) {
    steps.runTo(() -> follows.stop(followId), "inbox.done.unfollowed", "/me");
  }
}
