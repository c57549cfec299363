package jp.renkei.portal.platform.rules;

import java.util.function.Supplier;

/**
 * Text a person typed, stripped and checked: required or optional, and not longer than a column
 * holds. Each context passes its own {@link Refusal}, so the message stays its own.
 *
 * <pre>{@code
 * title = RequiredText.of(title, 200, () -> new VisionRefused("vision.error.title-required"),
 *     () -> new VisionRefused("vision.error.too-long"));
 * }</pre>
 */
public final class RequiredText {

  private RequiredText() {}

  /** The text stripped; refused when blank or longer than {@code max}. */
  public static String of(
      String text,
      int max,
      Supplier<? extends Refusal> whenEmpty,
      Supplier<? extends Refusal> whenTooLong) {
    if (text == null || text.isBlank()) {
      throw whenEmpty.get();
    }
    return optional(text, max, whenTooLong);
  }

  /** The text stripped, or null when blank; refused when longer than {@code max}. */
  public static String optional(String text, int max, Supplier<? extends Refusal> whenTooLong) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw whenTooLong.get();
    }
    return stripped;
  }
}
