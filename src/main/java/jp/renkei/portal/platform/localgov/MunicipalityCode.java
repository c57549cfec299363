package jp.renkei.portal.platform.localgov;

import java.util.Objects;

/**
 * A 6-digit local government code (全国地方公共団体コード): five digits and a check digit.
 *
 * <p>The check digit is {@code (11 - (Σ dᵢ·wᵢ mod 11)) mod 10} with weights 6,5,4,3,2, as the
 * Ministry defines it. The first two digits are the prefecture's JIS code.
 *
 * <pre>{@code
 * MunicipalityCode aomori = MunicipalityCode.of("022012");
 * aomori.prefecture(); // Prefecture.AOMORI
 * MunicipalityCode.isValid("022013"); // false: wrong check digit
 * }</pre>
 */
public record MunicipalityCode(String value) {

  private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

  public MunicipalityCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new InvalidMunicipalityCodeException(value);
    }
  }

  /** Parses a code, refusing anything that is not six digits with the right check digit. */
  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value == null ? "" : value.strip());
  }

  /** True when the text is six ASCII digits, a known prefecture and the right check digit. */
  public static boolean isValid(String text) {
    if (text == null || text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    if (Prefecture.byCode(Integer.parseInt(text.substring(0, 2))).isEmpty()) {
      return false;
    }
    return text.charAt(5) - '0' == checkDigitOf(text.substring(0, 5));
  }

  /**
   * The code of five digits as statistical tables often print it (国勢調査), completed with its check
   * digit.
   */
  public static MunicipalityCode ofFiveDigits(String fiveDigits) {
    if (fiveDigits == null || !fiveDigits.matches("[0-9]{5}")) {
      throw new InvalidMunicipalityCodeException(String.valueOf(fiveDigits));
    }
    return of(fiveDigits + checkDigitOf(fiveDigits));
  }

  /** The check digit for the first five digits of a code. */
  static int checkDigitOf(String fiveDigits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return (11 - sum % 11) % 10;
  }

  public Prefecture prefecture() {
    return Prefecture.byCode(Integer.parseInt(value.substring(0, 2))).orElseThrow();
  }

  @Override
  public String toString() {
    return value;
  }
}
