package jp.renkei.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import jp.renkei.portal.platform.time.PublicationTime;

/**
 * The date and time typed into a "publish at" form ({@code
 * WEB-INF/includes/prepared-publication.xhtml}), for the view whose action prepares a publication.
 *
 * <pre>{@code
 * run(() -> minutes.schedulePublication(id(), publicationTime.at()), "publication.done.scheduled");
 * }</pre>
 */
@Named("publicationTime")
@RequestScoped
public class PublicationTimeForm {

  private LocalDate date;
  private LocalTime time;

  /** The Japan time typed, at 9:00 without a time; null without a date. */
  public LocalDateTime at() {
    return PublicationTime.of(date, time);
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
