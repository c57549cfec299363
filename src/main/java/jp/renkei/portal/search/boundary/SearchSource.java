package jp.renkei.portal.search.boundary;

import java.util.List;
import jp.renkei.portal.search.entity.SearchDocument;

/**
 * The contract a context signs to be found: its documents in the request's circle, worked out from
 * its own data, each with the reader groups its page admits ({@link Readers}). The indexer asks as
 * nobody (a scheduled job), in each circle in turn. A context records a change of one of its
 * records with {@link SearchIndexing#changed}; the indexer then asks for that record's documents
 * again.
 */
public interface SearchSource {

  /** A short stable name ({@code agreement}), the first part of its documents' keys. */
  String name();

  /** Every document of the request's circle, for a rebuild. */
  List<SearchDocument> all();

  /** The documents of one record of the request's circle now; empty when it is gone or private. */
  List<SearchDocument> of(long record);
}
