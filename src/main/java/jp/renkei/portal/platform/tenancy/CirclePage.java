package jp.renkei.portal.platform.tenancy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page in a circle's space: {@code /c/{slug}/{path}} shows {@code viewId} (a Facelets view or a
 * servlet) to the callers {@code access} lets in. A path may hold one {@code {id}} segment, e.g.
 * {@code agreements/{id}/edit}; the number is then the request's {@link TenantContext#getPathId()}.
 * Pages with an id check each object's visibility themselves (a draft is a 404 to the public).
 */
public record CirclePage(String path, String viewId, PageAccess access) {

  static final String ID = "{id}";

  /** The id the address carries, when the address is this page's; empty when it is not. */
  Optional<Optional<Long>> match(String requested) {
    if (!path.contains(ID)) {
      return path.equals(requested) ? Optional.of(Optional.empty()) : Optional.empty();
    }
    Matcher m =
        Pattern.compile(Pattern.quote(path).replace(ID, "\\E([1-9][0-9]{0,17})\\Q"))
            .matcher(requested);
    return m.matches() ? Optional.of(Optional.of(Long.parseLong(m.group(1)))) : Optional.empty();
  }

  public boolean hasId() {
    return path.contains(ID);
  }

  /** The view file behind the page, without the parameters its address may add. */
  public String viewFile() {
    int query = viewId.indexOf('?');
    return query < 0 ? viewId : viewId.substring(0, query);
  }
}
