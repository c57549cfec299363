package jp.renkei.portal.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.renkei.portal.inbox.boundary.Inbox;
import jp.renkei.portal.inbox.boundary.InboxItem;
import jp.renkei.portal.inbox.boundary.Update;
import jp.renkei.portal.platform.i18n.Messages;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.Steps;

/**
 * {@code /inbox}, and the count of open actions in every signed-in page's header: what needs the
 * person's action, most urgent first, and what they were told, newest first.
 */
@Named
@RequestScoped
public class InboxView {

  @Inject Inbox inbox;
  @Inject JapanClock clock;
  @Inject Steps steps;

  private List<InboxItem> actions;
  private List<Update> updates;

  public List<InboxItem> getActions() {
    if (actions == null) {
      actions = inbox.actions();
    }
    return actions;
  }

  /**
   * What awaits the person in one circle, most urgent first: the circle's members page lists it.
   */
  public List<InboxItem> actionsIn(String slug) {
    return getActions().stream().filter(i -> slug.equals(i.circleSlug())).toList();
  }

  public int getActionCount() {
    return getActions().size();
  }

  public long getOverdueCount() {
    return getActions().stream().filter(i -> i.isOverdue(clock.today())).count();
  }

  public List<Update> getUpdates() {
    if (updates == null) {
      updates = inbox.recent();
    }
    return updates;
  }

  public long getUnreadCount() {
    return getUpdates().stream().filter(u -> !u.read()).count();
  }

  public boolean isOverdue(InboxItem item) {
    return item.isOverdue(clock.today());
  }

  /** The deadline as officials write it, and how far away: 令和8年12月4日（あと3日）. */
  public String deadline(InboxItem item, Locale locale) {
    Long days = item.daysLeft(clock.today());
    if (days == null) {
      return "";
    }
    String date = OfficialDates.format(item.action().deadline(), locale);
    String distance =
        days < 0
            ? Messages.text(locale, "inbox.days.overdue", -days)
            : days == 0
                ? Messages.text(locale, "inbox.days.today")
                : Messages.text(locale, "inbox.days.left", days);
    return Messages.text(locale, "portal.with-aside", date, distance);
  }

  public String when(Update update, Locale locale) {
    return OfficialDates.formatDateTime(update.at(), locale);
  }

  public void markAllRead() {
    steps.runTo(inbox::markAllRead, "inbox.done.all-read", "/inbox");
  }
}
