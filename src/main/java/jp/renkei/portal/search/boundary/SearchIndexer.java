package jp.renkei.portal.search.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.renkei.portal.platform.persistence.SchemaMigration;
import jp.renkei.portal.platform.security.CurrentCaller;
import jp.renkei.portal.platform.tenancy.Tenant;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.tenancy.TenantDirectory;
import jp.renkei.portal.search.control.ChangeCursor;
import jp.renkei.portal.search.control.SearchIndex;
import jp.renkei.portal.search.control.TextIndex;
import jp.renkei.portal.search.entity.SearchChange;
import jp.renkei.portal.search.entity.SearchDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's index current — on every instance of a cluster, since each has its own:
 * every two seconds it applies the change rows written after the last one its index has, and those
 * numbered earlier that committed late ({@link ChangeCursor}), asking each changed record's source
 * for its documents now. An index that was never built (a new instance, a deleted folder) or that
 * the portal administrator asked to rebuild is built from the database in the background; searches
 * meanwhile use what the index has. A publication is searchable within about two seconds on every
 * instance; an instance that was down catches up when it starts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  /** Change rows applied per round. */
  static final int CHANGES_PER_ROUND = 500;

  /**
   * How long a change row's number may stay missing before it counts as rolled back: longer than
   * any transaction that writes one runs.
   */
  static final Duration GAP_WAIT = Duration.ofMinutes(10);

  /**
   * Rows applied again after a rebuild: the rebuild reads the records as they are committed when it
   * reads them, so a row numbered before its last one but committed after that read is found here.
   */
  static final int REPLAYED_AFTER_REBUILD = 1_000;

  @PersistenceContext EntityManager em;
  @Inject SchemaMigration migration;
  @Inject SearchIndex index;
  @Inject @Any Instance<SearchSource> sources;
  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "renkei.search.enabled", defaultValue = "true")
  boolean enabled;

  /** This instance's reading of the change rows; from the index's last commit after a start. */
  private ChangeCursor cursor;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void tick() {
    if (enabled && migration.isMigrated()) {
      catchUp();
    }
  }

  /** Applies what changed since the index's last change; builds the index first when needed. */
  public void catchUp() {
    caller.unattended();
    try {
      TextIndex text = index.index();
      String generation = generation();
      if (text.appliedSeq() < 0 || !generation.equals(text.generation())) {
        rebuild(text, generation);
      } else {
        if (cursor == null) {
          cursor = new ChangeCursor(text.appliedSeq(), GAP_WAIT);
        }
        apply(text);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The search index could not catch up; it tries again", e);
    }
  }

  private void rebuild(TextIndex text, String generation) {
    long started = System.nanoTime();
    long upTo = lastSeq();
    text.clear();
    int count = 0;
    for (Tenant circle : tenants.tenants()) {
      List<SearchDocument> documents =
          tenant.within(
              circle,
              () -> {
                List<SearchDocument> all = new ArrayList<>();
                sources.forEach(s -> all.addAll(s.all()));
                return all;
              });
      text.replace(List.of(), documents);
      count += documents.size();
    }
    cursor = new ChangeCursor(Math.max(0, upTo - REPLAYED_AFTER_REBUILD), GAP_WAIT);
    text.commit(cursor.settled(), generation);
    LOG.log(
        Level.INFO,
        "Search index built: {0} documents in {1} ms",
        new Object[] {count, (System.nanoTime() - started) / 1_000_000});
    apply(text);
  }

  /** Applies the rows that filled a gap and the rows after the frontier. */
  private void apply(TextIndex text) {
    List<SearchChange> changes = new ArrayList<>(late());
    changes.addAll(
        em.createQuery(
                "SELECT c FROM SearchChange c WHERE c.seq > :after ORDER BY c.seq",
                SearchChange.class)
            .setParameter("after", cursor.frontier())
            .setMaxResults(CHANGES_PER_ROUND)
            .getResultList());
    long settledBefore = cursor.settled();
    cursor.expire(System.nanoTime());
    if (changes.isEmpty()) {
      if (cursor.settled() != settledBefore) {
        text.commit(cursor.settled());
      }
      return;
    }
    Map<String, SearchChange> latest = new LinkedHashMap<>();
    changes.forEach(c -> latest.put(TextIndex.recordKey(c.source(), c.recordId()), c));
    for (Map.Entry<String, SearchChange> e : latest.entrySet()) {
      SearchChange change = e.getValue();
      List<SearchDocument> documents =
          tenants
              .tenantById(change.circleId())
              .map(circle -> tenant.within(circle, () -> documentsOf(change)))
              .orElse(List.of());
      text.replace(List.of(e.getKey()), documents);
    }
    long now = System.nanoTime();
    changes.forEach(c -> cursor.applied(c.seq(), now));
    text.commit(cursor.settled());
  }

  /** The rows of numbers passed earlier that have been committed since. */
  private List<SearchChange> late() {
    List<Long> gaps = cursor.gaps(CHANGES_PER_ROUND);
    if (gaps.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM SearchChange c WHERE c.seq IN :gaps ORDER BY c.seq", SearchChange.class)
        .setParameter("gaps", gaps)
        .getResultList();
  }

  private List<SearchDocument> documentsOf(SearchChange change) {
    for (SearchSource source : sources) {
      if (source.name().equals(change.source())) {
        return source.of(change.recordId());
      }
    }
    return List.of();
  }

  private long lastSeq() {
    Long seq =
        em.createQuery("SELECT MAX(c.seq) FROM SearchChange c", Long.class).getSingleResult();
    return seq == null ? 0 : seq;
  }

  /**
   * Which database and which rebuild request the index must be built from: an index left on disk
   * from another database, or older than an administrator's rebuild request, is built again.
   */
  private String generation() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT database_created, requested_at FROM search_rebuild WHERE id = 1")
                .getSingleResult();
    return row[0] + "/" + row[1];
  }
}
