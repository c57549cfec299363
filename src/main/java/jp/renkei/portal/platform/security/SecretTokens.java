package jp.renkei.portal.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out in addresses (calendar subscriptions, invitations): 256 random bits, URL-safe;
 * only the SHA-256 of a token is stored, so a copy of the database gives nothing away.
 */
public final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True for text shaped like a token we hand out; anything else is not looked up at all. */
  public static boolean looksLikeToken(String text) {
    return text != null && text.matches("[A-Za-z0-9_-]{43}");
  }

  public static String hash(String token) {
    return sha256(token.getBytes(StandardCharsets.US_ASCII));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
