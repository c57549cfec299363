package jp.renkei.portal.vision.boundary;

import java.util.List;
import jp.renkei.portal.vision.entity.CommentRound;
import jp.renkei.portal.vision.entity.RoundComment;
import jp.renkei.portal.vision.entity.RoundState;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * One partner's round as its reader sees it: the central city (answers) or that partner's office
 * (comments, signs off).
 *
 * @param previous the round of the same partner on the draft this one replaced, if any: its
 *     comments and answers stay readable
 */
public record RoundRead(
    CommentRound round,
    VisionVersion version,
    RoundState state,
    List<RoundComment> comments,
    boolean answers,
    boolean partnerActs,
    CommentRound previous) {

  /** The comments on one section, oldest first. */
  public List<RoundComment> on(String section) {
    return comments.stream().filter(c -> c.section().equals(section)).toList();
  }
}
