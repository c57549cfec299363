package jp.renkei.portal.circle.boundary;

import java.util.List;
import jp.renkei.portal.circle.entity.Eligibility;

/**
 * A circle's declarations (要綱 第4), newest first, and — for its central city's staff only — what the
 * declaration form needs; for anybody else {@code eligibility} is null and the lists empty.
 *
 * @param eligibilityFailures message keys of the 第3 conditions the central city fails
 * @param atOneTenth the neighbours recorded at a commuting ratio of 0.1 or more, highest first: the
 *     names item ⑤ starts from
 */
public record DeclarationFacts(
    List<CircleDeclaration> declarations,
    Eligibility eligibility,
    List<String> eligibilityFailures,
    List<NeighbourRatio> atOneTenth) {

  /** The newest declaration, withdrawn or not; null before the first. */
  public CircleDeclaration latest() {
    return declarations.isEmpty() ? null : declarations.get(0);
  }

  /** The declaration in force: the newest, unless it was withdrawn. */
  public CircleDeclaration inForce() {
    CircleDeclaration latest = latest();
    return latest == null || latest.isWithdrawn() ? null : latest;
  }

  /** The central city may declare: its eligibility is recorded and met. */
  public boolean mayDeclare() {
    return eligibility != null && eligibilityFailures.isEmpty();
  }
}
