package jp.renkei.portal.roundtable.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.portal.notice.boundary.NoticeBoard;
import jp.renkei.portal.notice.entity.NoticeKind;
import jp.renkei.portal.platform.jobs.DuePublications;
import jp.renkei.portal.platform.security.PortalRole;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.time.OfficialDates;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.roundtable.control.RoundtableRepository;
import jp.renkei.portal.roundtable.control.SectorCoverage;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.roundtable.entity.RoundtableMember;
import jp.renkei.portal.roundtable.entity.RoundtableRefused;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The vision roundtable of the request's circle (要綱 第6(2)(4)): the registry by sector, its coverage
 * of the sectors the guideline names, and the meetings. The central city's staff change things;
 * roundtable members read the meetings they belong to; everybody reads the registry and published
 * minutes. Every operation checks the caller here, whatever the page showed.
 */
@ApplicationScoped
public class Roundtable implements DuePublications {

  /** Enough meetings for years of a roundtable that meets a few times a year. */
  static final int MEETINGS_SHOWN = 50;

  @Inject TenantContext tenant;
  @Inject RoundtableRepository repository;
  @Inject NoticeBoard notices;
  @Inject JapanClock clock;
  @Inject RoundtableWork work;
  @Inject SearchIndexing indexing;

  /** Members in term today (everybody); the central city also sees former members. */
  public List<RoundtableMember> members() {
    LocalDate today = clock.today();
    return repository.members().stream().filter(m -> runs() || m.inTermOn(today)).toList();
  }

  public SectorCoverage coverage() {
    return SectorCoverage.on(clock.today(), repository.members());
  }

  /** The meetings the caller may see: all for insiders, those with published minutes otherwise. */
  public List<RoundtableMeeting> meetings() {
    boolean all = runs() || isRoundtableMember();
    List<RoundtableMeeting> meetings = repository.meetings(!all, MEETINGS_SHOWN);
    if (runs() || !all) {
      return meetings;
    }
    List<RoundtableMember> mine = myMemberships();
    return meetings.stream().filter(m -> m.isPublished() || belongs(mine, m)).toList();
  }

  /** One meeting; a 404 unless the caller belongs to it or its minutes are published. */
  public MeetingRead meeting(long id) {
    RoundtableMeeting meeting =
        repository.meeting(id).orElseThrow(() -> new NotFoundException("meeting " + id));
    boolean insider = runs() || belongs(myMemberships(), meeting);
    if (!insider && !meeting.isPublished()) {
      throw new NotFoundException("meeting " + id);
    }
    List<RoundtableMember> attended = repository.members(meeting.attendees());
    List<RoundtableMember> eligible =
        runs()
            ? repository.members().stream()
                .filter(m -> m.inTermOn(meeting.heldAt().toLocalDate()))
                .toList()
            : List.of();
    return new MeetingRead(meeting, attended, eligible, runs(), insider);
  }

  @Transactional
  public long addMember(RoundtableMember.Appointment appointment) {
    requireRuns();
    RoundtableMember member = new RoundtableMember(circleId(), appointment);
    repository.add(member);
    repository.flush();
    return member.id();
  }

  @Transactional
  public void endTerm(long memberId, LocalDate lastDay) {
    requireRuns();
    repository
        .member(memberId)
        .orElseThrow(() -> new NotFoundException("member " + memberId))
        .endTerm(lastDay);
  }

  @Transactional
  public long scheduleMeeting(String title, LocalDateTime heldAt, String place, String agenda) {
    requireRuns();
    RoundtableMeeting meeting =
        new RoundtableMeeting(circleId(), title, heldAt, place, agenda, username());
    repository.add(meeting);
    repository.flush();
    work.scheduled(meeting);
    return meeting.id();
  }

  @Transactional
  public void recordAttendance(long meetingId, Set<Long> memberIds) {
    requireRuns();
    RoundtableMeeting meeting = forUpdate(meetingId);
    List<RoundtableMember> present = repository.members(memberIds);
    if (present.size() != memberIds.size()) {
      throw new RoundtableRefused("roundtable.error.not-in-term");
    }
    meeting.recordAttendance(new HashSet<>(present), clock.localNow());
  }

  /**
   * Writes the minutes unless somebody saved the meeting since the editor loaded it ({@code
   * expectedLockVersion}): then nothing is written and the person is told.
   */
  @Transactional
  public void writeMinutes(long meetingId, long expectedLockVersion, String text) {
    requireRuns();
    RoundtableMeeting meeting = repository.meeting(meetingId).orElseThrow();
    if (meeting.lockVersion() != expectedLockVersion) {
      throw new RoundtableRefused("roundtable.error.changed-since");
    }
    forUpdate(meetingId).writeMinutes(text, clock.localNow());
  }

  /** Publishes the minutes to the circle's notices. */
  @Transactional
  public void publishMinutes(long meetingId) {
    requireRuns();
    RoundtableMeeting meeting = forUpdate(meetingId);
    meeting.publishMinutes(clock.localNow());
    announcePublished(meeting);
  }

  /**
   * Prepares the minutes for publication at {@code at} (Japan time), or moves the time; until then
   * the public does not see the meeting.
   */
  @Transactional
  public void scheduleMinutesPublication(long meetingId, LocalDateTime at) {
    requireRuns();
    forUpdate(meetingId).scheduleMinutesPublication(at, clock.localNow());
  }

  @Transactional
  public void withdrawScheduledPublication(long meetingId) {
    requireRuns();
    forUpdate(meetingId).withdrawScheduledPublication();
  }

  /** Publishes the minutes whose time has come (the publication job, no caller). */
  @Override
  @Transactional
  public int publishDue() {
    LocalDateTime now = clock.localNow();
    List<RoundtableMeeting> due = repository.minutesDue(now);
    for (RoundtableMeeting meeting : due) {
      meeting.publishMinutes(now);
      announcePublished(meeting);
    }
    return due.size();
  }

  private void announcePublished(RoundtableMeeting meeting) {
    indexing.changed(RoundtableSearch.NAME, meeting.id());
    notices.publish(
        NoticeKind.ROUNDTABLE_MINUTES,
        "roundtable/meetings/" + meeting.id(),
        "notice.roundtable",
        locale ->
            new Object[] {
              meeting.title(), OfficialDates.format(meeting.heldAt().toLocalDate(), locale)
            });
  }

  /** Records that a meeting deliberated a draft of the vision (第6(2)). */
  @Transactional
  public void recordDeliberation(long meetingId, long visionVersionId) {
    requireRuns();
    forUpdate(meetingId).deliberate(visionVersionId);
  }

  /** Records that a meeting reviewed the KPI evaluation of a fiscal year (第6(3)⑤). */
  @Transactional
  public void recordEvaluationReview(long meetingId, int fiscalYear) {
    requireRuns();
    forUpdate(meetingId).reviewEvaluation(fiscalYear);
  }

  /**
   * Per fiscal year, the meeting that reviewed its KPI evaluation — one that counts (held, with
   * minutes) before one that does not yet.
   */
  public Map<Integer, MeetingSummary> evaluationReviews() {
    LocalDateTime now = clock.localNow();
    Map<Integer, MeetingSummary> reviews = new java.util.TreeMap<>();
    for (RoundtableMeeting m : repository.evaluationReviews()) {
      MeetingSummary summary =
          new MeetingSummary(m.id(), m.title(), m.heldAt(), m.hasReviewed(now));
      reviews.merge(m.evaluationYear(), summary, (a, b) -> a.hasDeliberated() ? a : b);
    }
    return reviews;
  }

  /** The meetings that deliberated one of these vision versions, with whether each counts yet. */
  public List<MeetingSummary> deliberationsOf(java.util.Collection<Long> visionVersionIds) {
    LocalDateTime now = clock.localNow();
    return repository.deliberating(visionVersionIds).stream()
        .map(m -> MeetingSummary.of(m, now))
        .toList();
  }

  /** True when the caller is a roundtable member of a meeting that deliberates this version. */
  public boolean callerDeliberates(long visionVersionId) {
    return deliberatedByCaller(List.of(visionVersionId)).contains(visionVersionId);
  }

  /** Of these vision versions, those a meeting the caller belongs to deliberated. */
  public Set<Long> deliberatedByCaller(java.util.Collection<Long> visionVersionIds) {
    List<RoundtableMember> mine = myMemberships();
    if (mine.isEmpty()) {
      return Set.of();
    }
    Set<Long> result = new HashSet<>();
    repository.deliberating(visionVersionIds).stream()
        .filter(m -> belongs(mine, m))
        .forEach(m -> result.add(m.visionVersionId()));
    return result;
  }

  /** Meetings a draft can be put to: those whose minutes are not published yet. */
  public List<MeetingSummary> openMeetings() {
    requireRuns();
    LocalDateTime now = clock.localNow();
    return repository.meetings(false, MEETINGS_SHOWN).stream()
        .filter(m -> !m.isPublished())
        .map(m -> MeetingSummary.of(m, now))
        .toList();
  }

  /** True for the central city's staff of this circle: they keep the roundtable. */
  public boolean runs() {
    return tenant.isCentralCityStaff();
  }

  private boolean isRoundtableMember() {
    return tenant.isMember() && tenant.hasRole(PortalRole.ROUNDTABLE_MEMBER);
  }

  /** The registry entries of the signed-in roundtable member (one per term). */
  private List<RoundtableMember> myMemberships() {
    if (!isRoundtableMember()) {
      return List.of();
    }
    String me = username();
    return repository.members().stream().filter(m -> me.equals(m.username())).toList();
  }

  private static boolean belongs(List<RoundtableMember> mine, RoundtableMeeting meeting) {
    return mine.stream().anyMatch(m -> m.inTermOn(meeting.heldAt().toLocalDate()));
  }

  private RoundtableMeeting forUpdate(long meetingId) {
    return repository
        .meetingForUpdate(meetingId)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  private void requireRuns() {
    if (!runs()) {
      throw new ForbiddenException("roundtable of " + tenant.getSlug());
    }
  }

  private long circleId() {
    return tenant.circleId();
  }

  private String username() {
    return tenant.getCaller().username();
  }
}
