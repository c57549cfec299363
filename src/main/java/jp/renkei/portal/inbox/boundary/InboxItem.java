package jp.renkei.portal.inbox.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import jp.renkei.portal.platform.i18n.LocalizedName;

/**
 * One line of a person's inbox: what awaits them, in which circle (none for the portal's own
 * administration), by when, and the address to act at.
 */
public record InboxItem(String circleSlug, LocalizedName circleName, Action action) {

  /** The portal path of the place to act. */
  public String path() {
    return circleSlug == null ? action.link() : "/c/" + circleSlug + "/" + action.link();
  }

  public String title(Locale locale) {
    return action.title(locale);
  }

  public String circle(Locale locale) {
    return circleName == null ? "" : circleName.in(locale);
  }

  /** Days until the deadline (negative once it has passed); null without a deadline. */
  public Long daysLeft(LocalDate today) {
    return action.deadline() == null ? null : ChronoUnit.DAYS.between(today, action.deadline());
  }

  public boolean isOverdue(LocalDate today) {
    return action.deadline() != null && action.deadline().isBefore(today);
  }
}
