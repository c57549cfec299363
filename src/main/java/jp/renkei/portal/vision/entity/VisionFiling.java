package jp.renkei.portal.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.renkei.portal.platform.localgov.CopyRecipient;
import jp.renkei.portal.platform.localgov.CopySent;

/**
 * 要綱 第7(3): a copy of an adopted vision sent on — by the central city to the governor of its
 * prefecture and to the Ministry, by each partner to the governor of its own — and the prefecture's
 * acknowledgement of it in the portal. {@link #required} says which a version needs.
 */
@Entity
@Table(name = "vision_filing")
public class VisionFiling {

  public static final String MINISTRY = CopyRecipient.MINISTRY;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_filing_seq")
  @SequenceGenerator(
      name = "vision_filing_seq",
      sequenceName = "vision_filing_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "sender", nullable = false, length = 6)
  private String sender;

  @Embedded private CopySent sent;

  protected VisionFiling() {}

  /**
   * Records a copy sent on {@code sentOn}: one the version needs, not before its adoption nor after
   * today.
   */
  public VisionFiling(
      VisionVersion version,
      Required required,
      List<Required> needed,
      LocalDate sentOn,
      LocalDate today,
      String by,
      LocalDateTime at) {
    if (version.adoptedAt() == null || !needed.contains(required)) {
      throw new VisionRefused("vision.error.not-a-copy-recipient");
    }
    if (sentOn == null
        || sentOn.isBefore(version.adoptedAt().toLocalDate())
        || sentOn.isAfter(today)) {
      throw new VisionRefused("vision.error.copy-date");
    }
    this.versionId = version.id();
    this.sender = required.sender();
    this.sent = new CopySent(required.recipient(), sentOn, by, at);
  }

  /**
   * The copies a version adopted by these central cities and naming these partners needs: each
   * central city and each partner to the governor of its prefecture (the first two digits of its
   * code), and the (first) central city to the Ministry.
   */
  public static List<Required> required(List<String> centralCities, List<String> partners) {
    List<Required> required = new ArrayList<>();
    for (String code : centralCities) {
      required.add(new Required(code, CopyRecipient.governorOf(code)));
    }
    required.add(new Required(centralCities.get(0), MINISTRY));
    for (String code : partners) {
      required.add(new Required(code, CopyRecipient.governorOf(code)));
    }
    return required;
  }

  /** The prefecture acknowledges, once, a copy addressed to its governor. */
  public void acknowledge(Set<String> prefectures, LocalDate today, String by) {
    switch (sent.acknowledge(prefectures, today, by)) {
      case NOT_ADDRESSED_TO_THEM -> throw new VisionRefused("vision.error.not-your-copy");
      case ALREADY_ACKNOWLEDGED -> throw new VisionRefused("vision.error.copy-acknowledged");
      case ACKNOWLEDGED -> {}
    }
  }

  /** True when the prefectures observed include this copy's governor. */
  public boolean isFor(Set<String> prefectures) {
    return sent.isFor(prefectures);
  }

  public Required required() {
    return new Required(sender, sent.recipient());
  }

  public Long id() {
    return id;
  }

  public long versionId() {
    return versionId;
  }

  public String sender() {
    return sender;
  }

  public String recipient() {
    return sent.recipient();
  }

  public LocalDate sentOn() {
    return sent.sentOn();
  }

  public LocalDate acknowledgedOn() {
    return sent.acknowledgedOn();
  }

  public boolean isAcknowledged() {
    return sent.isAcknowledged();
  }

  /** A copy a version needs: from which municipality, to whom. */
  public record Required(String sender, String recipient) {}
}
