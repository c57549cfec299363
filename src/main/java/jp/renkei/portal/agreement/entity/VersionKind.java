package jp.renkei.portal.agreement.entity;

/** 締結, 変更, 廃止: each goes through the same steps (要綱 第5(3)④). */
public enum VersionKind {
  CONCLUSION,
  AMENDMENT,
  ABOLITION;

  public String messageKey() {
    return "agreement.kind." + name();
  }
}
