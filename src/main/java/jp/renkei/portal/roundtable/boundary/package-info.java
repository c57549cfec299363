/**
 * Entry point {@code Roundtable}, and the records other contexts receive ({@code MeetingSummary},
 * {@code MeetingRead}).
 */
package jp.renkei.portal.roundtable.boundary;
