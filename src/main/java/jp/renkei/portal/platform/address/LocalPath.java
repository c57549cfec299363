package jp.renkei.portal.platform.address;

import java.util.Optional;

/**
 * A path inside the portal that is safe to redirect to after sign-in or a language switch: it
 * starts with one slash, so {@code //evil.example} and {@code https://…} are refused.
 *
 * <pre>{@code
 * LocalPath.parse("/c/aomori/").orElse(LocalPath.ROOT).value();
 * }</pre>
 */
public record LocalPath(String value) {

  public static final LocalPath ROOT = new LocalPath("/");

  public static Optional<LocalPath> parse(String text) {
    if (text == null
        || !text.startsWith("/")
        || text.startsWith("//")
        || text.startsWith("/\\")
        || text.length() > 2000
        || text.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      return Optional.empty();
    }
    return Optional.of(new LocalPath(text));
  }
}
