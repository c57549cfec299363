package jp.renkei.portal.platform.web;

/**
 * Nothing here for this caller: shown as the portal's 404. Also what the public gets for a draft,
 * so that not even its existence leaks.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
