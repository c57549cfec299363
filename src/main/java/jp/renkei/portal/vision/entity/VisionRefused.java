package jp.renkei.portal.vision.entity;

import jp.renkei.portal.platform.rules.Refusal;

/** A vision step the rules do not allow: refused, nothing changed; the key says why. */
public class VisionRefused extends Refusal {

  public VisionRefused(String messageKey) {
    super(messageKey);
  }

  /** The text stripped, refused when empty or longer than {@code max}. */
  public static String requiredText(String text, int max, String emptyKey) {
    if (text == null || text.isBlank()) {
      throw new VisionRefused(emptyKey);
    }
    return optionalText(text, max);
  }

  /** The text stripped, or null when blank; refused when longer than {@code max}. */
  public static String optionalText(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > max) {
      throw new VisionRefused("vision.error.too-long");
    }
    return text.strip();
  }
}
