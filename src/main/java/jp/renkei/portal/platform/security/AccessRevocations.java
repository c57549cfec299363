package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When a person's rights were last taken away in the portal (removed from a circle or a role): a
 * token issued before that moment still names the old groups until it expires, so it is not trusted
 * any more — the person is signed in again through Keycloak at their next request (see {@link
 * RevokedAccessFilter}). One row per person, in the database every instance shares.
 *
 * <pre>{@code
 * revocations.revoke(person.username()); // in the transaction that removes them
 * }</pre>
 */
@ApplicationScoped
public class AccessRevocations {

  @PersistenceContext EntityManager em;

  /** Records that this person's rights changed now; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revoke(String username) {
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
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
  }

  /** True when this person's rights changed after the token was issued. */
  public boolean revokedSince(String username, Instant issuedAt) {
    List<?> rows =
        em.createNativeQuery("SELECT revoked_at FROM access_revocation WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object at = rows.get(0);
    Instant revoked =
        at instanceof Timestamp t
            ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
            : ((LocalDateTime) at).toInstant(ZoneOffset.UTC);
    // A token's time has whole seconds: one issued in the second of the removal counts as after it,
    // or a person signed in again in that second would be sent to sign in once more.
    return revoked.truncatedTo(ChronoUnit.SECONDS).isAfter(issuedAt);
  }
}
