package jp.renkei.portal.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text bundles for code outside Facelets (REST error bodies, servlets).
 *
 * <pre>{@code
 * Messages.text(Locale.ENGLISH, "circle.municipality.code.invalid", "12345");
 * }</pre>
 */
public final class Messages {

  public static final String BUNDLE = "jp.renkei.portal.i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, Language.byTag(locale.getLanguage()).orElse(Language.JA).locale());
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
