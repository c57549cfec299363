package jp.renkei.portal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.renkei.portal.platform.cluster.ClusterSignals;
import jp.renkei.portal.platform.persistence.AfterCompletion;

/**
 * When a person's rights were last taken away in the portal (removed from a circle or a role): a
 * token issued before that moment still names the old groups until it expires, so it is not trusted
 * any more — the person is signed in again through Keycloak at their next request (see {@link
 * RevokedAccessFilter}). One row per person, in the database every instance shares.
 *
 * <pre>{@code
 * revocations.revoke(person.username()); // in the transaction that removes them
 * }</pre>
 *
 * <p>Every signed-in request asks; revocations are rare. So each instance keeps the latest moment
 * anybody's rights were taken away, read again at most once a second: a token issued after it needs
 * no lookup of its own. A removal on this instance counts here at once; once committed it is
 * signalled to the other instances of a cluster ({@link ClusterSignals}), which ask the database
 * again at their next request — and an instance that missed the signal within a second.
 */
@ApplicationScoped
public class AccessRevocations {

  /** How long the latest revocation read from the database is trusted. */
  static final long LATEST_TRUSTED_NANOS = Duration.ofSeconds(1).toNanos();

  @PersistenceContext EntityManager em;
  @Inject ClusterSignals signals;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The latest revocation seen (it only ever grows) and when the database was last asked. */
  private record Latest(Instant revokedAt, long readAtNanos) {}

  private final AtomicReference<Latest> latest =
      new AtomicReference<>(
          new Latest(Instant.EPOCH, System.nanoTime() - 2 * LATEST_TRUSTED_NANOS));

  @PostConstruct
  void listen() {
    signals.on(ClusterSignals.REVOCATIONS, this::readAgain);
  }

  /** Records that this person's rights changed now; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revoke(String username) {
    Instant at = Instant.now();
    // Before the commit: should it roll back, this only costs lookups until tokens are newer.
    latest.updateAndGet(l -> new Latest(later(l.revokedAt(), at), l.readAtNanos()));
    LocalDateTime now = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    int updated =
        em.createNativeQuery("UPDATE access_revocation SET revoked_at = ?1 WHERE username = ?2")
            .setParameter(1, now)
            .setParameter(2, username)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO access_revocation (username, revoked_at) VALUES (?1, ?2)")
          .setParameter(1, username)
          .setParameter(2, now)
          .executeUpdate();
    }
    AfterCompletion.register(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            signals.send(ClusterSignals.REVOCATIONS);
          }
        });
  }

  /** Asks the database again at the next signed-in request: a removal committed somewhere. */
  private void readAgain() {
    latest.updateAndGet(
        l -> new Latest(l.revokedAt(), System.nanoTime() - 2 * LATEST_TRUSTED_NANOS));
  }

  /**
   * When this person's rights changed after the token was issued, the first moment a new token
   * counts again (see {@link #countsAfter}); empty while the token still counts.
   */
  public Optional<Instant> newTokenFrom(String username, Instant issuedAt) {
    if (!countsAfter(latestRevocation(), issuedAt)) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery("SELECT revoked_at FROM access_revocation WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Instant revoked = instantOf(rows.get(0));
    return countsAfter(revoked, issuedAt) ? Optional.of(newTokenFrom(revoked)) : Optional.empty();
  }

  /**
   * A token's time has whole seconds, so one issued in the second of the removal may be older than
   * it and no longer counts; only one issued in a later second does.
   */
  static boolean countsAfter(Instant revoked, Instant issuedAt) {
    return !issuedAt.isAfter(revoked.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The first second whose tokens were surely issued after this removal. */
  static Instant newTokenFrom(Instant revoked) {
    return revoked.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  private Instant latestRevocation() {
    Latest known = latest.get();
    long now = System.nanoTime();
    if (now - known.readAtNanos() < LATEST_TRUSTED_NANOS) {
      return known.revokedAt();
    }
    Object max =
        em.createNativeQuery("SELECT MAX(revoked_at) FROM access_revocation").getSingleResult();
    Instant read = max == null ? Instant.EPOCH : instantOf(max);
    // Never lower than what this instance has seen: a removal here not yet committed when read.
    return latest.updateAndGet(l -> new Latest(later(l.revokedAt(), read), now)).revokedAt();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant instantOf(Object column) {
    return column instanceof Timestamp t
        ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
        : ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
  }
}
