package jp.renkei.portal.inbox.entity;

/**
 * How often a person wants mail of one category: at once, one mail a day or a week listing
 * everything, or none (the inbox still lists it). Labels: {@code inbox.frequency.<NAME>}.
 */
public enum Frequency {
  IMMEDIATE,
  DAILY,
  WEEKLY,
  OFF;

  public String messageKey() {
    return "inbox.frequency." + name();
  }
}
