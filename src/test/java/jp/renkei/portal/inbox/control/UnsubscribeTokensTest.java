package jp.renkei.portal.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.renkei.portal.inbox.entity.Category;
import jp.renkei.portal.platform.security.PortalSecrets;
import org.junit.jupiter.api.Test;

/** An unsubscribe link works without sign-in, and only for whom and what it was signed for. */
class UnsubscribeTokensTest {

  private final UnsubscribeTokens tokens = withKey(new byte[32]);

  private static UnsubscribeTokens withKey(byte[] key) {
    UnsubscribeTokens tokens = new UnsubscribeTokens();
    tokens.secrets =
        new PortalSecrets() {
          @Override
          public byte[] unsubscribeKey() {
            return key;
          }
        };
    return tokens;
  }

  @Test
  void aSignedTokenNamesItsRecipientAndCategory() {
    String token = tokens.sign("mailto:taro@example.jp", Category.INFORMATION);

    assertEquals(
        new UnsubscribeTokens.Subscription("mailto:taro@example.jp", Category.INFORMATION),
        tokens.verify(token).orElseThrow());
  }

  @Test
  void aChangedRecipientAnotherKeyOrGarbageIsRefused() {
    String token = tokens.sign("hiranai-staff", Category.ACTION);
    String signature = token.substring(token.indexOf('.'));
    String otherPerson =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("ACTION|aomori-mayor".getBytes(StandardCharsets.UTF_8))
            + signature;

    assertTrue(tokens.verify(otherPerson).isEmpty());
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    assertTrue(withKey(otherKey).verify(token).isEmpty());
    assertTrue(tokens.verify("").isEmpty());
    assertTrue(tokens.verify("not.a-token!").isEmpty());
    assertTrue(tokens.verify(null).isEmpty());
    assertTrue(tokens.verify("x".repeat(5000)).isEmpty());
  }
}
