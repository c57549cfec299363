package jp.renkei.portal.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's search index, in a folder of its own ({@code RENKEI_SEARCH_DIR}, by default under
 * the server's temporary folder): derived data, rebuilt from the database when it is missing, so
 * every instance of a cluster keeps its own and nothing needs backing up.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  @Inject
  @ConfigProperty(name = "renkei.search.dir")
  Optional<String> configuredDir;

  private volatile TextIndex index;

  /** The index, opened at the first use. */
  public TextIndex index() {
    if (index == null) {
      synchronized (this) {
        if (index == null) {
          index = open();
        }
      }
    }
    return index;
  }

  private TextIndex open() {
    Path dir =
        configuredDir
            .filter(d -> !d.isBlank())
            .map(Path::of)
            .orElse(Path.of(System.getProperty("java.io.tmpdir"), "renkei-search"));
    try {
      Files.createDirectories(dir);
      LOG.log(Level.INFO, "Search index in {0}", dir);
      return new TextIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    if (index != null) {
      index.close();
    }
  }

  /** What the index says about itself (for the administration). */
  public Map<String, String> state() {
    return index().state();
  }
}
