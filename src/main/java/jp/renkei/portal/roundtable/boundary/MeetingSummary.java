package jp.renkei.portal.roundtable.boundary;

import java.time.LocalDateTime;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;

/**
 * A roundtable meeting as other contexts see it — the vision's deliberation record (要綱 第6(2)):
 * which meeting, when, and whether its deliberation counts yet (held, with minutes).
 */
public record MeetingSummary(long id, String title, LocalDateTime heldAt, boolean hasDeliberated) {

  static MeetingSummary of(RoundtableMeeting meeting, LocalDateTime now) {
    return new MeetingSummary(
        meeting.id(), meeting.title(), meeting.heldAt(), meeting.hasDeliberated(now));
  }
}
