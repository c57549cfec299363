package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.renkei.portal.platform.rules.RequiredText;

/**
 * Something a consultation agreed to do, owned by one municipality, due on a date. It is carried to
 * every later consultation of that municipality until it is marked done.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

  public static final int MAX_TITLE = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
  @SequenceGenerator(name = "action_item_seq", sequenceName = "action_item_seq", allocationSize = 1)
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "consultation_id", nullable = false)
  private long consultationId;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "owner_code", nullable = false, length = 6)
  private String ownerCode;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(name = "done_by", length = 100)
  private String doneBy;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected ActionItem() {}

  public ActionItem(
      long circleId, long consultationId, String title, String ownerCode, LocalDate dueOn) {
    this.title =
        RequiredText.of(
            title,
            MAX_TITLE,
            () -> new ConsultationRefused("action.error.title-required"),
            () -> new ConsultationRefused("action.error.title-too-long"));
    if (dueOn == null) {
      throw new ConsultationRefused("action.error.due-required");
    }
    this.circleId = circleId;
    this.consultationId = consultationId;
    this.ownerCode = ownerCode;
    this.dueOn = dueOn;
  }

  /** Marks the item done; once. */
  public void markDone(String by, LocalDate on) {
    if (doneOn != null) {
      throw new ConsultationRefused("action.error.already-done");
    }
    doneOn = on;
    doneBy = by;
  }

  public boolean overdue(LocalDate today) {
    return doneOn == null && dueOn.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public long consultationId() {
    return consultationId;
  }

  public String title() {
    return title;
  }

  public String ownerCode() {
    return ownerCode;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public boolean isDone() {
    return doneOn != null;
  }
}
