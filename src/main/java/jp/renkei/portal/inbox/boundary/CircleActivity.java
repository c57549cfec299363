package jp.renkei.portal.inbox.boundary;

/**
 * Something changed in a circle that may change what awaits its members: the inbox forgets what it
 * had worked out for them once the change is committed.
 */
public record CircleActivity(long circleId) {}
