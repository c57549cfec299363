package jp.renkei.portal.platform.web;

/** The caller may see this but not do that: shown as the portal's 403, nothing changed. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String what) {
    super(what);
  }
}
