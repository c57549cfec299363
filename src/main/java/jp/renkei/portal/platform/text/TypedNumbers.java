package jp.renkei.portal.platform.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Numbers and dates as people type them into forms: full-width digits (１２３) and thousands
 * separators are accepted, anything else is empty — the caller refuses it with its own message.
 *
 * <pre>{@code
 * TypedNumbers.integer("２０２７").orElseThrow(() -> new VisionRefused("vision.error.year"));
 * }</pre>
 */
public final class TypedNumbers {

  private TypedNumbers() {}

  /** A whole number of up to nine digits, with an optional minus sign. */
  public static Optional<Integer> integer(String typed) {
    String text = normalized(typed);
    return text.matches("-?\\d{1,9}") ? Optional.of(Integer.valueOf(text)) : Optional.empty();
  }

  /** A decimal with at most {@code digits} before and {@code decimals} after the point. */
  public static Optional<BigDecimal> decimal(String typed, int digits, int decimals) {
    String text = normalized(typed);
    String pattern = "-?\\d{1," + digits + "}(\\.\\d{1," + decimals + "})?";
    return text.matches(pattern) ? Optional.of(new BigDecimal(text)) : Optional.empty();
  }

  /** A date as the browser's date field sends it ({@code 2026-12-01}). */
  public static Optional<LocalDate> date(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(typed.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String normalized(String typed) {
    return typed == null
        ? ""
        : Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).replace(",", "");
  }
}
