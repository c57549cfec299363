package jp.renkei.portal.circle.entity;

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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.portal.platform.localgov.CopyRecipient;
import jp.renkei.portal.platform.localgov.CopySent;

/**
 * 要綱 第7(1): a copy of the declaration sent by the central city — to the governor of its prefecture,
 * to the governor of each prefecture a municipality named in ⑤ or ⑥ lies in, and to the Ministry —
 * and the prefecture's acknowledgement of it in the portal. {@link #required} says which a
 * declaration needs.
 */
@Entity
@Table(name = "declaration_copy")
public class DeclarationCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declaration_copy_seq")
  @SequenceGenerator(
      name = "declaration_copy_seq",
      sequenceName = "declaration_copy_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "declaration_id", nullable = false)
  private long declarationId;

  @Embedded private CopySent sent;

  protected DeclarationCopy() {}

  /**
   * Records a copy sent on {@code sentOn} to one of the recipients the declaration needs; not
   * before the declaration, nor after today.
   */
  public DeclarationCopy(
      Declaration declaration,
      String recipient,
      Collection<String> needed,
      LocalDate sentOn,
      LocalDate today,
      String by,
      LocalDateTime at) {
    if (!needed.contains(recipient)) {
      throw new CircleChangeRefused("declaration.error.not-a-copy-recipient");
    }
    if (sentOn == null || sentOn.isBefore(declaration.declaredOn()) || sentOn.isAfter(today)) {
      throw new CircleChangeRefused("declaration.error.copy-date");
    }
    this.declarationId = declaration.id();
    this.sent = new CopySent(recipient, sentOn, by, at);
  }

  /**
   * The recipients a declaration needs: the governor of each central city's prefecture, of each
   * prefecture a municipality named in ⑤ or ⑥ lies in, and the Ministry — governors by prefecture
   * code, the Ministry last.
   *
   * @param named the codes of the municipalities the declaration's ⑤ and ⑥ name
   */
  public static List<String> required(List<String> centralCities, Collection<String> named) {
    Set<String> governors = new TreeSet<>();
    centralCities.forEach(code -> governors.add(CopyRecipient.governorOf(code)));
    named.forEach(code -> governors.add(CopyRecipient.governorOf(code)));
    List<String> required = new java.util.ArrayList<>(governors);
    required.add(CopyRecipient.MINISTRY);
    return required;
  }

  /** The prefecture acknowledges, once, a copy addressed to its governor. */
  public void acknowledge(Set<String> prefectures, LocalDate today, String by) {
    switch (sent.acknowledge(prefectures, today, by)) {
      case NOT_ADDRESSED_TO_THEM ->
          throw new CircleChangeRefused("declaration.error.not-your-copy");
      case ALREADY_ACKNOWLEDGED ->
          throw new CircleChangeRefused("declaration.error.copy-acknowledged");
      case ACKNOWLEDGED -> {}
    }
  }

  /** True when the prefectures observed include this copy's governor. */
  public boolean isFor(Set<String> prefectures) {
    return sent.isFor(prefectures);
  }

  public Long id() {
    return id;
  }

  public long declarationId() {
    return declarationId;
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
}
