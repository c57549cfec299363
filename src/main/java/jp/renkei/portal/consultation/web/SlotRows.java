package jp.renkei.portal.consultation.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.portal.consultation.entity.SlotProposal;

/**
 * The candidate-slot rows of a form (date, start, end, place, online link). Rows left entirely
 * empty are ignored; a half-filled row is passed on and refused by the rules with a message.
 */
public class SlotRows {

  public static final int ROWS = 5;

  private final List<Row> rows = new ArrayList<>();

  public SlotRows() {
    this(ROWS);
  }

  /** A form with this many rows (one, to add a single slot). */
  public SlotRows(int count) {
    for (int i = 0; i < count; i++) {
      rows.add(new Row());
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<SlotProposal> proposals() {
    return rows.stream().filter(r -> !r.isEmpty()).map(Row::proposal).toList();
  }

  /** One row of the form. */
  public static class Row {
    private LocalDate date;
    private LocalTime starts;
    private LocalTime ends;
    private String place;
    private String onlineUrl;

    boolean isEmpty() {
      return date == null
          && starts == null
          && ends == null
          && (place == null || place.isBlank())
          && (onlineUrl == null || onlineUrl.isBlank());
    }

    SlotProposal proposal() {
      return new SlotProposal(
          date == null || starts == null ? null : date.atTime(starts),
          date == null || ends == null ? null : date.atTime(ends),
          place,
          onlineUrl);
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public LocalTime getStarts() {
      return starts;
    }

    public void setStarts(LocalTime starts) {
      this.starts = starts;
    }

    public LocalTime getEnds() {
      return ends;
    }

    public void setEnds(LocalTime ends) {
      this.ends = ends;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String place) {
      this.place = place;
    }

    public String getOnlineUrl() {
      return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
      this.onlineUrl = onlineUrl;
    }
  }
}
