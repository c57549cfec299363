package jp.renkei.portal.platform.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/c/aomori/", "/c/aomori/members?x=1"})
  void pathsInsideThePortalAreKept(String path) {
    assertEquals(path, LocalPath.parse(path).orElseThrow().value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "evil",
        "/a\r\nSet-Cookie: x",
        ""
      })
  void anythingThatCouldLeaveThePortalIsRefused(String path) {
    assertTrue(LocalPath.parse(path).isEmpty(), path);
  }
}
