package jp.renkei.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets every instance of a cluster must share, made once and kept in the database: no setting to
 * forget, the same on every instance.
 *
 * <pre>{@code
 * byte[] key = secrets.unsubscribeKey(); // 32 bytes, the same on every instance
 * }</pre>
 */
@ApplicationScoped
public class PortalSecrets {

  @PersistenceContext EntityManager em;

  private final Map<String, byte[]> kept = new ConcurrentHashMap<>();

  /** The key that signs unsubscribe links. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] unsubscribeKey() {
    return key("unsubscribe");
  }

  /** The key that seals the messages a step carries to the page it redirects to. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] carriedMessagesKey() {
    return key("carried-messages");
  }

  private byte[] key(String name) {
    return kept.computeIfAbsent(name, n -> HexFormat.of().parseHex(secret(n)));
  }

  private String secret(String name) {
    List<?> found =
        em.createNativeQuery("SELECT secret FROM portal_secret WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    if (!found.isEmpty()) {
      return (String) found.get(0);
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String value = HexFormat.of().formatHex(bytes);
    // Two instances making it at once: the primary key keeps the first, the other's transaction
    // fails and its next call reads the first one's.
    em.createNativeQuery("INSERT INTO portal_secret (name, secret) VALUES (?1, ?2)")
        .setParameter(1, name)
        .setParameter(2, value)
        .executeUpdate();
    return value;
  }
}
