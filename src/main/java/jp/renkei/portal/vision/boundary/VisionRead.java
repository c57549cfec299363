package jp.renkei.portal.vision.boundary;

import java.util.List;
import jp.renkei.portal.roundtable.boundary.MeetingSummary;
import jp.renkei.portal.vision.entity.AdoptionCheck;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.VisionCopy;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * A version of the vision as the caller may see it.
 *
 * @param rounds the rounds on it the caller may see: all for the central city, its own for a
 *     partner, none for anybody else
 * @param runs whether the caller is the central city's staff, who draft and adopt
 * @param editable whether the draft may still be changed in place
 * @param check the adoption gate, for the central city of a draft; null otherwise
 * @param deliberations the roundtable meetings on this draft's revision, for the central city
 * @param copies the copies sent on adoption, for the central city
 */
public record VisionRead(
    VisionVersion version,
    List<CommentRound> rounds,
    boolean runs,
    boolean editable,
    AdoptionCheck check,
    List<MeetingSummary> deliberations,
    List<VisionCopy> copies) {}
