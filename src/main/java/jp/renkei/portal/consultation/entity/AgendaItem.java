package jp.renkei.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.renkei.portal.platform.rules.RequiredText;

/** An item on a consultation's agenda, proposed by one of the municipalities taking part. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

  public static final int MAX_TITLE = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
  @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 1)
  private Long id;

  @Column(name = "consultation_id", nullable = false)
  private long consultationId;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "proposed_by", nullable = false, length = 6)
  private String proposedBy;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected AgendaItem() {}

  public AgendaItem(
      long consultationId, String title, String proposedBy, String by, LocalDateTime now) {
    this.title =
        RequiredText.of(
            title,
            MAX_TITLE,
            () -> new ConsultationRefused("agenda.error.title-required"),
            () -> new ConsultationRefused("agenda.error.title-too-long"));
    this.consultationId = consultationId;
    this.proposedBy = proposedBy;
    this.createdBy = by;
    this.createdAt = now;
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

  public String proposedBy() {
    return proposedBy;
  }
}
