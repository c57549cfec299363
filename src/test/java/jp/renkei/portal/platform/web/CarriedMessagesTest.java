package jp.renkei.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import jp.renkei.portal.platform.web.CarriedMessages.Carried;
import org.junit.jupiter.api.Test;

/**
 * A carried message opens only with the portal's key, unchanged and before it expires; it does not
 * show its text to whoever holds the cookie.
 */
class CarriedMessagesTest {

  private static final byte[] KEY = new byte[32];
  private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");
  private static final List<Carried> RECEIPT =
      List.of(new Carried(0, "ご意見を受け付けました（受付番号 12）：<b>駅前</b>の駐輪場"));

  @Test
  void aSealedMessageOpensWithTheSameKeyUntilItExpires() {
    String sealed = CarriedMessages.seal(KEY, NOW.plusSeconds(120), RECEIPT);

    assertEquals(RECEIPT, CarriedMessages.open(KEY, NOW, sealed).orElseThrow());
    assertEquals(RECEIPT, CarriedMessages.open(KEY, NOW.plusSeconds(120), sealed).orElseThrow());
    assertFalse(CarriedMessages.open(KEY, NOW.plusSeconds(121), sealed).isPresent());
  }

  @Test
  void theCookieValueIsAValidCookieAndGivesNothingAway() {
    String sealed = CarriedMessages.seal(KEY, NOW, RECEIPT);

    assertTrue(sealed.matches("[A-Za-z0-9_-]+"), sealed);
    String decoded =
        new String(Base64.getUrlDecoder().decode(sealed), java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(decoded.contains("受付番号"), "the text is not readable in the cookie");
    assertFalse(sealed.equals(CarriedMessages.seal(KEY, NOW, RECEIPT)), "a fresh IV every time");
  }

  @Test
  void anotherKeyAChangedByteOrGarbageOpensNothing() {
    String sealed = CarriedMessages.seal(KEY, NOW.plusSeconds(60), RECEIPT);
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    byte[] bytes = Base64.getUrlDecoder().decode(sealed);
    bytes[bytes.length / 2] ^= 1;
    String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    assertFalse(CarriedMessages.open(otherKey, NOW, sealed).isPresent());
    assertFalse(CarriedMessages.open(KEY, NOW, changed).isPresent());
    assertFalse(CarriedMessages.open(KEY, NOW, "not base64 !").isPresent());
    assertFalse(CarriedMessages.open(KEY, NOW, "").isPresent());
    assertFalse(CarriedMessages.open(KEY, NOW, "AAAA").isPresent());
  }

  @Test
  void severalMessagesKeepTheirOrderAndSeverity() {
    List<Carried> two = List.of(new Carried(0, "保存しました"), new Carried(2, "確認してください"));

    assertEquals(
        two,
        CarriedMessages.open(KEY, NOW, CarriedMessages.seal(KEY, NOW.plusSeconds(1), two))
            .orElseThrow());
  }
}
