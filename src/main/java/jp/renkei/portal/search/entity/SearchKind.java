package jp.renkei.portal.search.entity;

/**
 * What a search hit is: the kinds of documents the portal's pages show. Labels: {@code
 * search.kind.<NAME>}.
 */
public enum SearchKind {
  AGREEMENT,
  NOTICE,
  VISION,
  MINUTES,
  ROUNDTABLE,
  CONSULTATION,
  CIRCLE;

  public String messageKey() {
    return "search.kind." + name();
  }
}
