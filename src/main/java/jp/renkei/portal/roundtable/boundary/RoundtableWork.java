package jp.renkei.portal.roundtable.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.inbox.boundary.Action;
import jp.renkei.portal.inbox.boundary.ActionSource;
import jp.renkei.portal.inbox.boundary.Announcement;
import jp.renkei.portal.inbox.boundary.Notifications;
import jp.renkei.portal.inbox.entity.Audience;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.roundtable.control.RoundtableRepository;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;

/**
 * What the roundtable asks of its members: the coming meetings, to read their agenda before they
 * take place; and the announcement of a meeting when the central city schedules it.
 */
@ApplicationScoped
public class RoundtableWork implements ActionSource {

  @Inject TenantContext tenant;
  @Inject RoundtableRepository repository;
  @Inject CurrentCircle currentCircle;
  @Inject Notifications notifications;
  @Inject JapanClock clock;

  void scheduled(RoundtableMeeting meeting) {
    notifications.announce(
        Announcement.of(
            Category.INFORMATION,
            "roundtable.scheduled",
            "roundtable/meetings/" + meeting.id(),
            List.of(Audience.roundtable()),
            l ->
                new Object[] {
                  currentCircle.profile().nameIn(l),
                  meeting.title(),
                  OfficialDates.formatDateTime(meeting.heldAt(), l)
                }));
  }

  @Override
  public List<Action> actionsFor() {
    if (!tenant.isMember() || !tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER)) {
      return List.of();
    }
    LocalDateTime now = clock.localNow();
    return repository.meetings(false, Roundtable.MEETINGS_SHOWN).stream()
        .filter(m -> m.heldAt().isAfter(now))
        .map(
            m ->
                Action.of(
                    "inbox.action.roundtable-meeting",
                    "roundtable/meetings/" + m.id(),
                    m.heldAt().toLocalDate(),
                    m.title()))
        .toList();
  }
}
