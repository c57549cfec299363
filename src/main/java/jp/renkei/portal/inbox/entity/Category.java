package jp.renkei.portal.inbox.entity;

/**
 * What a notification asks of its reader: to act (answer a poll, approve minutes, sign off a round)
 * or only to know. Each person chooses per category how to hear of it. Labels: {@code
 * inbox.category.<NAME>}.
 */
public enum Category {
  ACTION,
  INFORMATION;

  public String messageKey() {
    return "inbox.category." + name();
  }

  /** What a person who never chose hears: actions at once, information in a daily digest. */
  public Frequency defaultFrequency() {
    return this == ACTION ? Frequency.IMMEDIATE : Frequency.DAILY;
  }
}
