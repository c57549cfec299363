package jp.renkei.portal.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.security.PortalSecrets;

/**
 * The one-click unsubscribe link of a mail (RFC 8058): the recipient and category, signed with the
 * portal's key (HMAC-SHA256), so it works without signing in and cannot be forged for somebody
 * else.
 *
 * <pre>{@code
 * String token = tokens.sign("hiranai-staff", Category.INFORMATION);
 * tokens.verify(token); // Optional[Subscription[hiranai-staff, INFORMATION]]
 * }</pre>
 */
@ApplicationScoped
public class UnsubscribeTokens {

  @Inject PortalSecrets secrets;

  /** What a token unsubscribes: one recipient from one category. */
  public record Subscription(String recipient, Category category) {}

  public String sign(String recipient, Category category) {
    String payload = category.name() + "|" + recipient;
    return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(payload));
  }

  /** The subscription a token names, if its signature holds; empty for anything else. */
  public Optional<Subscription> verify(String token) {
    if (token == null || token.length() > 1000) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 1) {
      return Optional.empty();
    }
    try {
      String payload =
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload))) {
        return Optional.empty();
      }
      int bar = payload.indexOf('|');
      return Optional.of(
          new Subscription(
              payload.substring(bar + 1), Category.valueOf(payload.substring(0, bar))));
    } catch (IllegalArgumentException | IndexOutOfBoundsException forged) {
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secrets.unsubscribeKey(), "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
