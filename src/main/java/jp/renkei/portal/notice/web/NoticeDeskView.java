package jp.renkei.portal.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import jp.renkei.portal.notice.boundary.NoticeDesk;
import jp.renkei.portal.notice.entity.Notice;
import jp.renkei.portal.notice.entity.NoticeRefused;
import jp.renkei.portal.notice.entity.NoticeText;
import jp.renkei.portal.platform.web.Steps;

/**
 * The central city's office on {@code /c/{slug}/notices}: writes a notice, at once or for a
 * publication time, and changes the time of or withdraws one prepared before.
 */
@Named
@RequestScoped
public class NoticeDeskView {

  /** The time of day a notice prepared for a day without a time is published (Japan time). */
  static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  @Inject NoticeDesk desk;
  @Inject Steps steps;

  @Size(max = NoticeText.TITLE_MAX)
  private String titleJa;

  @Size(max = NoticeText.TITLE_MAX)
  private String titleEn;

  @Size(max = NoticeText.BODY_MAX)
  private String bodyJa;

  @Size(max = NoticeText.BODY_MAX)
  private String bodyEn;

  private LocalDate date;
  private LocalTime time;

  private List<Notice> scheduled;

  public boolean isWrites() {
    return desk.writes();
  }

  public List<Notice> getScheduled() {
    if (scheduled == null) {
      scheduled = desk.scheduled();
    }
    return scheduled;
  }

  public void write() {
    boolean later = date != null;
    steps.run(
        () -> desk.write(new NoticeText(titleJa, titleEn, bodyJa, bodyEn), at()),
        later ? "notice.done.scheduled" : "notice.done.published",
        "notices");
  }

  /** Moves a prepared notice to the date and time typed in its own row, its text unchanged. */
  public void reschedule(long id) {
    steps.run(
        () ->
            getScheduled().stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .ifPresentOrElse(
                    n ->
                        desk.change(
                            id,
                            new NoticeText(n.titleJa(), n.titleEn(), n.bodyJa(), n.bodyEn()),
                            at()),
                    () -> {
                      throw new NoticeRefused("notice.error.already-published");
                    }),
        "notice.done.rescheduled",
        "notices");
  }

  public void withdraw(long id) {
    steps.run(() -> desk.withdraw(id), "notice.done.withdrawn", "notices");
  }

  private LocalDateTime at() {
    return date == null ? null : date.atTime(time == null ? DEFAULT_TIME : time);
  }

  public String getTitleJa() {
    return titleJa;
  }

  public void setTitleJa(String titleJa) {
    this.titleJa = titleJa;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyJa() {
    return bodyJa;
  }

  public void setBodyJa(String bodyJa) {
    this.bodyJa = bodyJa;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
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
}
