package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A filing (届出) with a prefecture's governor, or the copy sent to the Ministry (第7(2)). The
 * recipient reads {@code GOVERNOR:02} (the prefecture's code) or {@code MINISTRY}.
 */
@Embeddable
public class Filing {

  public static final String MINISTRY = "MINISTRY";

  @Column(name = "recipient", nullable = false, length = 20)
  private String recipient;

  @Column(name = "filed_on", nullable = false)
  private LocalDate filedOn;

  protected Filing() {}

  Filing(String recipient, LocalDate filedOn) {
    this.recipient = recipient;
    this.filedOn = filedOn;
  }

  public static String governorOf(int prefectureCode) {
    return String.format("GOVERNOR:%02d", prefectureCode);
  }

  public String recipient() {
    return recipient;
  }

  public LocalDate filedOn() {
    return filedOn;
  }
}
