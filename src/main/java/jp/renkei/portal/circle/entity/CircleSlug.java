package jp.renkei.portal.circle.entity;

import java.util.regex.Pattern;

/**
 * The short name of a circle in its URLs ({@code /c/aomori/}): lower-case ASCII letters, digits and
 * hyphens, 2–40 characters, starting with a letter.
 */
public record CircleSlug(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public CircleSlug {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("Not a circle slug: " + value);
    }
  }

  public static boolean isWellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
