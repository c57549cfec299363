package jp.renkei.portal.roundtable.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.FacesMessages;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.roundtable.boundary.Roundtable;
import jp.renkei.portal.roundtable.control.SectorCoverage;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.roundtable.entity.RoundtableMember;
import jp.renkei.portal.roundtable.entity.RoundtableRefused;
import jp.renkei.portal.roundtable.entity.Sector;

/**
 * {@code /c/{slug}/roundtable}: the roundtable's members by sector, which named sectors are
 * covered, and its meetings. The central city adds members, ends terms and schedules meetings here.
 */
@Named
@RequestScoped
public class RoundtableView {

  @Inject Roundtable roundtable;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject JapanClock clock;

  private List<RoundtableMember> members;
  private SectorCoverage coverage;
  private List<RoundtableMeeting> meetings;

  private String name;
  private String affiliation;
  private Sector sector;
  private LocalDate termStart;
  private LocalDate termEnd;
  private String username;
  private Long memberId;
  private LocalDate lastDay;
  private String title;
  private LocalDate date;
  private LocalTime time;
  private String place;
  private String agenda;

  public List<RoundtableMember> getMembers() {
    if (members == null) {
      members = roundtable.members();
    }
    return members;
  }

  public SectorCoverage getCoverage() {
    if (coverage == null) {
      coverage = roundtable.coverage();
    }
    return coverage;
  }

  public List<RoundtableMeeting> getMeetings() {
    if (meetings == null) {
      meetings = roundtable.meetings();
    }
    return meetings;
  }

  public boolean isRuns() {
    return roundtable.runs();
  }

  public boolean inTerm(RoundtableMember member) {
    return member.inTermOn(clock.today());
  }

  public List<Sector> getSectors() {
    return Arrays.asList(Sector.values());
  }

  public void addMember() {
    run(
        () ->
            roundtable.addMember(
                new RoundtableMember.Appointment(
                    name, affiliation, sector, termStart, termEnd, username)),
        "roundtable.done.member-added",
        "roundtable");
  }

  public void endTerm() {
    run(
        () -> {
          if (memberId == null) {
            throw new RoundtableRefused("roundtable.error.member-required");
          }
          roundtable.endTerm(memberId, lastDay);
        },
        "roundtable.done.term-ended",
        "roundtable");
  }

  public void scheduleMeeting() {
    steps.attempt(
        () -> {
          if (date == null || time == null) {
            throw new RoundtableRefused("roundtable.error.when-required");
          }
          long id = roundtable.scheduleMeeting(title, date.atTime(time), place, agenda);
          FacesMessages.doneAndGo(
              "roundtable.done.meeting-scheduled", tenant.getSlug(), "roundtable/meetings/" + id);
        });
  }

  private void run(Runnable step, String doneKey, String page) {
    steps.run(step, doneKey, page);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public void setTermStart(LocalDate termStart) {
    this.termStart = termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public void setTermEnd(LocalDate termEnd) {
    this.termEnd = termEnd;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }
}
