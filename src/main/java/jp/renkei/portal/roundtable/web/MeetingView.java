package jp.renkei.portal.roundtable.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.web.PublicationTimeForm;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.roundtable.boundary.MeetingRead;
import jp.renkei.portal.roundtable.boundary.Roundtable;

/**
 * {@code /c/{slug}/roundtable/meetings/{id}}: one meeting — agenda, attendance, minutes. The
 * central city records attendance, writes and publishes the minutes; roundtable members who belong
 * to it read it; the public reads it once the minutes are published.
 */
@Named
@RequestScoped
public class MeetingView {

  @Inject Roundtable roundtable;
  @Inject TenantContext tenant;
  @Inject Steps steps;
  @Inject PublicationTimeForm publicationTime;

  private MeetingRead read;
  // Faces fills this with member ids as rendered (Long); read them whatever their type.
  private List<Object> present;
  private String minutes;
  private Long lockVersion;

  public MeetingRead getRead() {
    if (read == null) {
      read = roundtable.meeting(tenant.getPathId());
    }
    return read;
  }

  public List<Object> getPresent() {
    if (present == null) {
      present = new ArrayList<>(getRead().meeting().attendees());
    }
    return present;
  }

  public void setPresent(List<Object> present) {
    this.present = present;
  }

  public String getMinutes() {
    if (minutes == null) {
      minutes = getRead().meeting().minutes();
    }
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  /** The version the editor loaded, sent back so that a newer save is not overwritten. */
  public Long getLockVersion() {
    if (lockVersion == null) {
      lockVersion = getRead().meeting().lockVersion();
    }
    return lockVersion;
  }

  public void setLockVersion(Long lockVersion) {
    this.lockVersion = lockVersion;
  }

  public void recordAttendance() {
    run(
        () ->
            roundtable.recordAttendance(
                id(),
                new HashSet<>(present.stream().map(o -> Long.valueOf(o.toString())).toList())),
        "roundtable.done.attendance");
  }

  public void saveMinutes() {
    run(() -> roundtable.writeMinutes(id(), lockVersion, minutes), "roundtable.done.minutes");
  }

  public void publish() {
    run(() -> roundtable.publishMinutes(id()), "roundtable.done.published");
  }

  public void schedulePublication() {
    run(
        () -> roundtable.scheduleMinutesPublication(id(), publicationTime.at()),
        "publication.done.scheduled");
  }

  public void withdrawScheduledPublication() {
    run(() -> roundtable.withdrawScheduledPublication(id()), "publication.done.withdrawn");
  }

  private void run(Runnable step, String doneKey) {
    steps.run(step, doneKey, "roundtable/meetings/" + id());
  }

  private long id() {
    return tenant.getPathId();
  }
}
