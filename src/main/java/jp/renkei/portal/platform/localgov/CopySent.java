package jp.renkei.portal.platform.localgov;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A copy sent under 要綱 第7 as its register keeps it: to whom, on which day, who recorded it, and the
 * prefecture's acknowledgement in the portal. The declaration's copies and the vision's share it;
 * each decides which copies its document needs and refuses in its own words.
 *
 * <pre>{@code
 * switch (sent.acknowledge(observedPrefectures, today, by)) {
 *   case NOT_ADDRESSED_TO_THEM -> throw …;
 *   case ALREADY_ACKNOWLEDGED -> throw …;
 *   case ACKNOWLEDGED -> {}
 * }
 * }</pre>
 */
@Embeddable
public class CopySent {

  /** What an acknowledgement did. */
  public enum Outcome {
    ACKNOWLEDGED,
    NOT_ADDRESSED_TO_THEM,
    ALREADY_ACKNOWLEDGED
  }

  @Column(name = "recipient", nullable = false, length = 20)
  private String recipient;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "acknowledged_on")
  private LocalDate acknowledgedOn;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  protected CopySent() {}

  /** A copy to {@code recipient} ({@link CopyRecipient}) sent on a day, as recorded. */
  public CopySent(String recipient, LocalDate sentOn, String by, LocalDateTime at) {
    this.recipient = recipient;
    this.sentOn = sentOn;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** The prefecture acknowledges, once, a copy addressed to its governor. */
  public Outcome acknowledge(Set<String> prefectures, LocalDate today, String by) {
    if (!isFor(prefectures)) {
      return Outcome.NOT_ADDRESSED_TO_THEM;
    }
    if (acknowledgedOn != null) {
      return Outcome.ALREADY_ACKNOWLEDGED;
    }
    this.acknowledgedOn = today;
    this.acknowledgedBy = by;
    return Outcome.ACKNOWLEDGED;
  }

  /** True when the prefectures observed include this copy's governor. */
  public boolean isFor(Set<String> prefectures) {
    return CopyRecipient.prefectureOf(recipient).map(prefectures::contains).orElse(false);
  }

  public String recipient() {
    return recipient;
  }

  public LocalDate sentOn() {
    return sentOn;
  }

  public LocalDate acknowledgedOn() {
    return acknowledgedOn;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public boolean isAcknowledged() {
    return acknowledgedOn != null;
  }
}
