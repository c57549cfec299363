package jp.renkei.portal.platform.tenancy;

/**
 * A page in a circle's space: {@code /c/{slug}/{path}} shows the Facelets view {@code viewId} to
 * the callers {@code access} lets in.
 */
public record CirclePage(String path, String viewId, PageAccess access) {}
