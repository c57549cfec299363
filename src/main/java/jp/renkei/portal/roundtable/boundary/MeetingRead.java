package jp.renkei.portal.roundtable.boundary;

import java.util.List;
import jp.renkei.portal.roundtable.entity.RoundtableMeeting;
import jp.renkei.portal.roundtable.entity.RoundtableMember;

/**
 * A meeting as the caller may see it: with the members who attended, and — for the central city —
 * the members whose term covers it (who may be recorded as present). {@code insider}: the central
 * city or a roundtable member who belongs to the meeting; anybody else reads published minutes
 * only.
 */
public record MeetingRead(
    RoundtableMeeting meeting,
    List<RoundtableMember> attended,
    List<RoundtableMember> eligible,
    boolean runs,
    boolean insider) {}
