package jp.renkei.portal.inbox.entity;

/**
 * Where a notification's mail stands: waiting (for the dispatcher or the next digest), handed to
 * the mail server, given up on after its tries (a dead letter, with the reason), or not mailed at
 * all (the person chose no mail, or has no address) — the inbox lists it either way.
 */
public enum DeliveryStatus {
  PENDING,
  SENT,
  DEAD,
  INBOX_ONLY
}
