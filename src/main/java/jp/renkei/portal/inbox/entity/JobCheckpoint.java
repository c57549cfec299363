package jp.renkei.portal.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last day a scheduled job looked at, by a key that names the job and its circle. */
@Entity
@Table(name = "job_checkpoint")
public class JobCheckpoint {

  @Id
  @Column(name = "job_key", length = 200)
  private String key;

  @Column(name = "reached_on", nullable = false)
  private LocalDate reachedOn;

  protected JobCheckpoint() {}

  public JobCheckpoint(String key, LocalDate reachedOn) {
    this.key = key;
    this.reachedOn = reachedOn;
  }

  public LocalDate reachedOn() {
    return reachedOn;
  }

  public void reach(LocalDate day) {
    this.reachedOn = day;
  }
}
