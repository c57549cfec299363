package jp.renkei.portal.circle.boundary;

import java.util.List;
import jp.renkei.portal.circle.entity.CircleAdministrator;
import jp.renkei.portal.circle.entity.CommutingRatio;
import jp.renkei.portal.circle.entity.Declaration;
import jp.renkei.portal.circle.entity.Eligibility;

/**
 * What the administration knows about one circle.
 *
 * @param shouldConsult neighbours at a ratio of 0.1 or more that are not partners (第5(1))
 * @param eligibilityFailures message keys of the 第3 conditions the central city fails
 */
public record CircleFacts(
    CircleProfile circle,
    List<Declaration> declarations,
    List<CommutingRatio> ratios,
    List<CommutingRatio> shouldConsult,
    Eligibility eligibility,
    List<String> eligibilityFailures,
    List<CircleAdministrator> administrators) {

  /** The declaration in force: the newest, unless it was withdrawn; or null. */
  public Declaration currentDeclaration() {
    return declarations.isEmpty() || declarations.get(0).isWithdrawn() ? null : declarations.get(0);
  }
}
