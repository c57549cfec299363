package jp.renkei.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
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

  /** What this GET has read, by what was read and its key. */
  private final Map<List<Object>, Object> kept = new HashMap<>();

  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Reads a document once per GET however many parts of the page ask: the first read is kept here,
   * for the rest of the request, under a name for the read and its key (two reads never share a
   * name: one that filters differently must not be served another's result); in any other request
   * every call reads anew, so that what a POST changed is what it shows. The boundaries that read
   * keep nothing of a request themselves, so that they can serve every request from one instance.
   *
   * <pre>{@code
   * return readOnly.once("agreement", id, this::readNow);
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public <K, V> V once(String what, K key, Function<K, V> read) {
    if (!readOnly) {
      return read.apply(key);
    }
    List<Object> which = List.of(what, key);
    Object known = kept.get(which);
    if (known == null) {
      known = read.apply(key);
      kept.put(which, known);
    }
    return (V) known;
  }

  /** Called for a GET or HEAD as it enters the portal. */
  public void markReadOnly() {
    readOnly = true;
  }
}
