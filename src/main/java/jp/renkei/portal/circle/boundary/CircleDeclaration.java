package jp.renkei.portal.circle.boundary;

import java.time.LocalDate;
import jp.renkei.portal.circle.entity.Declaration;

/**
 * A declaration (要綱 第4) as published: its date, items ①–⑥, and its withdrawal if any. Where two
 * cities act jointly (第9) it names the city that declared and the one that signed with it; until
 * that signature it {@link #awaitsCosignature() waits} and is not in force.
 */
public record CircleDeclaration(
    LocalDate declaredOn,
    Declaration.Items items,
    LocalDate withdrawnOn,
    String withdrawalReason,
    String declaredByCode,
    String cosignedByCode,
    LocalDate cosignedOn) {

  static CircleDeclaration of(Declaration declaration) {
    return new CircleDeclaration(
        declaration.declaredOn(),
        declaration.items(),
        declaration.withdrawnOn(),
        declaration.withdrawalReason(),
        declaration.declaredByCode(),
        declaration.cosignedByCode(),
        declaration.cosignedOn());
  }

  public boolean isWithdrawn() {
    return withdrawnOn != null;
  }

  /** True while a joint declaration waits for the other city's signature. */
  public boolean awaitsCosignature() {
    return declaredByCode != null && cosignedByCode == null && withdrawnOn == null;
  }
}
