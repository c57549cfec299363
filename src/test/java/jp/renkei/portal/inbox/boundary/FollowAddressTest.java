package jp.renkei.portal.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.renkei.portal.inbox.entity.InboxRefused;
import org.junit.jupiter.api.Test;

/** What a follow by address takes: one address, nothing else. */
class FollowAddressTest {

  @Test
  void anAddressIsTakenTrimmedAndInLowerCase() {
    assertEquals("taro@example.jp", Follows.checkAddress("  Taro@Example.JP "));
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    assertEquals("inbox.error.email-required", refusal(""));
    assertEquals("inbox.error.email-required", refusal(null));
    assertEquals("inbox.error.email-invalid", refusal("not an address"));
    assertEquals("inbox.error.email-invalid", refusal("taro"));
    assertEquals("inbox.error.email-invalid", refusal("Taro <taro@example.jp>"));
    assertEquals("inbox.error.email-invalid", refusal("a@b.jp, c@d.jp"));
    assertEquals("inbox.error.email-invalid", refusal("x".repeat(200) + "@example.jp"));
  }

  private static String refusal(String address) {
    return assertThrows(InboxRefused.class, () -> Follows.checkAddress(address)).messageKey();
  }
}
