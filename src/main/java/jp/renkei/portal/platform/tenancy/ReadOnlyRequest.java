package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether the request being served only reads: in the portal a GET or HEAD changes nothing (every
 * change is a POST, with its submission token), so within one a document need be read only once
 * however many parts of the page ask for it. Marked by the front controller; outside an HTTP
 * request (a scheduled job, a mail run) and for every POST it stays false.
 */
@RequestScoped
public class ReadOnlyRequest {

  private boolean readOnly;

  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Reads a document once per GET however many parts of the page ask: the first read is kept in the
   * caller's own request-scoped map; in any other request every call reads anew, so that what a
   * POST changed is what it shows.
   *
   * <pre>{@code
   * return readOnly.once(readThisRequest, id, this::readNow);
   * }</pre>
   */
  public <K, V> V once(Map<K, V> kept, K key, Function<K, V> read) {
    if (!readOnly) {
      return read.apply(key);
    }
    V known = kept.get(key);
    if (known == null) {
      known = read.apply(key);
      kept.put(key, known);
    }
    return known;
  }

  /** Called for a GET or HEAD as it enters the portal. */
  public void markReadOnly() {
    readOnly = true;
  }
}
