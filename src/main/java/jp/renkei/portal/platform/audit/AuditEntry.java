package jp.renkei.portal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One administrative change: who made it, when (Japan time), in which circle, what was changed and
 * its value before and after. Written once, never changed: the class has no way to change it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
  private Long id;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(name = "actor", nullable = false, length = 100, updatable = false)
  private String actor;

  @Column(name = "circle_slug", length = 40, updatable = false)
  private String circleSlug;

  @Column(name = "action", nullable = false, length = 60, updatable = false)
  private String action;

  @Column(name = "target", nullable = false, length = 400, updatable = false)
  private String target;

  @Column(name = "before_value", length = 4000, updatable = false)
  private String before;

  @Column(name = "after_value", length = 4000, updatable = false)
  private String after;

  protected AuditEntry() {}

  AuditEntry(
      LocalDateTime recordedAt,
      String actor,
      String circleSlug,
      String action,
      String target,
      String before,
      String after) {
    this.recordedAt = recordedAt;
    this.actor = actor;
    this.circleSlug = circleSlug;
    this.action = action;
    this.target = target;
    this.before = before;
    this.after = after;
  }

  public Long id() {
    return id;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String circleSlug() {
    return circleSlug;
  }

  /** What was done, as a message key suffix: {@code audit.action.<action>}. */
  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}
