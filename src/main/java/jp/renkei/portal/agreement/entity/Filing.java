package jp.renkei.portal.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;
import jp.renkei.portal.platform.localgov.CopyRecipient;

/**
 * One 届出 or copy of a concluded version (地方自治法 252条の2②, 要綱 第7(2)): who sent it — each party files
 * with the governor of its own prefecture, the central city sends the Ministry its copy — to whom
 * ({@code GOVERNOR:02}, the prefecture's code, or {@code MINISTRY}), when, and when the prefecture
 * acknowledged it in the portal. Two parties in one prefecture file twice.
 */
@Embeddable
public class Filing {

  public static final String MINISTRY = CopyRecipient.MINISTRY;

  @Column(name = "sender", nullable = false, length = 6)
  private String sender;

  @Column(name = "recipient", nullable = false, length = 20)
  private String recipient;

  @Column(name = "filed_on", nullable = false)
  private LocalDate filedOn;

  @Column(name = "acknowledged_on")
  private LocalDate acknowledgedOn;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  protected Filing() {}

  Filing(String sender, String recipient, LocalDate filedOn) {
    this.sender = sender;
    this.recipient = recipient;
    this.filedOn = filedOn;
  }

  /** The filing's name in a form and an address: {@code 022012>GOVERNOR:02}. */
  public static String key(String sender, String recipient) {
    return sender + ">" + recipient;
  }

  public String key() {
    return key(sender, recipient);
  }

  /** The prefecture (two digits) whose governor receives it; empty for the Ministry's copy. */
  public Optional<String> governorsPrefecture() {
    return CopyRecipient.prefectureOf(recipient);
  }

  void acknowledge(LocalDate on, String by) {
    this.acknowledgedOn = on;
    this.acknowledgedBy = by;
  }

  public boolean isAcknowledged() {
    return acknowledgedOn != null;
  }

  public String sender() {
    return sender;
  }

  public String recipient() {
    return recipient;
  }

  public LocalDate filedOn() {
    return filedOn;
  }

  public LocalDate acknowledgedOn() {
    return acknowledgedOn;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }
}
