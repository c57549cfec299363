package jp.renkei.portal.circle.boundary;

import java.util.List;
import jp.renkei.portal.circle.entity.Eligibility;
import jp.renkei.portal.circle.entity.JointEligibility;

/**
 * A circle's declarations (要綱 第4), newest first, and — for its central city's staff only — what the
 * declaration form needs; for anybody else {@code eligibility} is null and the lists empty.
 *
 * @param jointEligibility the 第9 facts, where two cities act jointly; else null
 * @param eligibilityFailures message keys of the 第3 conditions the central city fails — of 第9's,
 *     where two act jointly
 * @param atOneTenth the neighbours recorded at a commuting ratio of 0.1 or more, highest first: the
 *     names item ⑤ starts from
 */
public record DeclarationFacts(
    List<CircleDeclaration> declarations,
    Eligibility eligibility,
    JointEligibility jointEligibility,
    List<String> eligibilityFailures,
    List<NeighbourRatio> atOneTenth) {

  /** The newest declaration, withdrawn or not; null before the first. */
  public CircleDeclaration latest() {
    return declarations.isEmpty() ? null : declarations.get(0);
  }

  /**
   * The declaration in force: the newest, unless it was withdrawn — or, where two cities act
   * jointly (第9), an older one while the newest waits for the other city's signature.
   */
  public CircleDeclaration inForce() {
    return declarations.stream()
        .filter(d -> !d.awaitsCosignature())
        .findFirst()
        .filter(d -> !d.isWithdrawn())
        .orElse(null);
  }

  /**
   * The declaration last withdrawn, when no declaration has been in force since (a joint one
   * waiting for its second signature is not yet in force); null otherwise.
   */
  public CircleDeclaration withdrawn() {
    return declarations.stream()
        .filter(d -> !d.awaitsCosignature())
        .findFirst()
        .filter(CircleDeclaration::isWithdrawn)
        .orElse(null);
  }

  /**
   * The earlier declarations, newest first: all but the one the page shows on top (in force, or
   * last withdrawn) and a joint one waiting for its second signature.
   */
  public List<CircleDeclaration> earlier() {
    CircleDeclaration shown = inForce() != null ? inForce() : withdrawn();
    return declarations.stream().filter(d -> d != shown && !d.awaitsCosignature()).toList();
  }

  /** The joint declaration waiting for the other city's signature; null when none waits. */
  public CircleDeclaration awaitingCosignature() {
    CircleDeclaration latest = latest();
    return latest != null && latest.awaitsCosignature() ? latest : null;
  }

  /** The central city may declare: its eligibility (第3, or 第9 for two) is recorded and met. */
  public boolean mayDeclare() {
    return (eligibility != null || jointEligibility != null) && eligibilityFailures.isEmpty();
  }
}
