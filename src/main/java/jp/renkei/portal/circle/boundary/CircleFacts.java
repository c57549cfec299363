package jp.renkei.portal.circle.boundary;

import java.util.List;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.JointEligibility;

/**
 * What the administration knows about one circle.
 *
 * @param shouldConsult neighbours at a ratio of 0.1 or more that are not partners (第5(1))
 * @param jointEligibility the 第9 facts, where two cities act jointly; else null
 * @param eligibilityFailures message keys of the 第3 conditions the central city fails — of 第9's,
 *     where two act jointly (their messages take the two cities' names as {0} and {1})
 */
public record CircleFacts(
    CircleProfile circle,
    List<Declaration> declarations,
    List<CommutingRatio> ratios,
    List<CommutingRatio> shouldConsult,
    Eligibility eligibility,
    JointEligibility jointEligibility,
    List<String> eligibilityFailures,
    List<CircleAdministrator> administrators) {

  /** The declaration in force: the newest, unless it was withdrawn; or null. */
  public Declaration currentDeclaration() {
    return declarations.isEmpty() || declarations.get(0).isWithdrawn() ? null : declarations.get(0);
  }
}
