package jp.renkei.portal.circle.boundary;

import java.time.LocalDate;

/**
 * One copy the declaration in force needs (要綱 第7(1)), what was recorded of it, and what the caller
 * may do: the central city records it sent, the prefecture it is addressed to acknowledges it.
 *
 * @param recipient {@code GOVERNOR:02} or {@code MINISTRY}, as {@code CopyRecipient} reads it
 * @param copyId the recorded copy; null while it is not recorded
 */
public record DeclarationCopyLine(
    String recipient,
    Long copyId,
    LocalDate sentOn,
    LocalDate acknowledgedOn,
    boolean mayRecord,
    boolean mayAcknowledge) {

  public boolean isSent() {
    return copyId != null;
  }

  public boolean isAcknowledged() {
    return acknowledgedOn != null;
  }
}
