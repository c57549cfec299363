package jp.renkei.portal.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Something searchable changed: which source's record, in which circle. Written in the transaction
 * of the change, in order; every instance applies the rows after the last one its index has, so an
 * instance that was down catches up by itself.
 */
@Entity
@Table(name = "search_change")
public class SearchChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_change_seq")
  @SequenceGenerator(
      name = "search_change_seq",
      sequenceName = "search_change_seq",
      allocationSize = 1)
  private Long seq;

  @Column(name = "source", nullable = false, length = 40)
  private String source;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Column(name = "circle_id", nullable = false)
  private long circleId;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected SearchChange() {}

  public SearchChange(String source, long recordId, long circleId, LocalDateTime changedAt) {
    this.source = source;
    this.recordId = recordId;
    this.circleId = circleId;
    this.changedAt = changedAt;
  }

  public Long seq() {
    return seq;
  }

  public String source() {
    return source;
  }

  public long recordId() {
    return recordId;
  }

  public long circleId() {
    return circleId;
  }
}
