package jp.renkei.portal.vision.entity;

import jp.renkei.portal.platform.rules.Refusal;
import jp.renkei.portal.platform.rules.RequiredText;

/** A vision step the rules do not allow: refused, nothing changed; the key says why. */
public class VisionRefused extends Refusal {

  public VisionRefused(String messageKey) {
    super(messageKey);
  }

  /** The text stripped, refused when empty or longer than {@code max}. */
  public static String requiredText(String text, int max, String emptyKey) {
    return RequiredText.of(text, max, () -> new VisionRefused(emptyKey), VisionRefused::tooLong);
  }

  /** The text stripped, or null when blank; refused when longer than {@code max}. */
  public static String optionalText(String text, int max) {
    return RequiredText.optional(text, max, VisionRefused::tooLong);
  }

  private static VisionRefused tooLong() {
    return new VisionRefused("vision.error.too-long");
  }
}
