package jp.renkei.portal.circle.boundary;

import java.time.LocalDate;
import jp.renkei.portal.circle.entity.Declaration;

/** A declaration (要綱 第4) as published: its date, items ①–⑥, and its withdrawal if any. */
public record CircleDeclaration(
    LocalDate declaredOn, Declaration.Items items, LocalDate withdrawnOn, String withdrawalReason) {

  static CircleDeclaration of(Declaration declaration) {
    return new CircleDeclaration(
        declaration.declaredOn(),
        declaration.items(),
        declaration.withdrawnOn(),
        declaration.withdrawalReason());
  }

  public boolean isWithdrawn() {
    return withdrawnOn != null;
  }
}
