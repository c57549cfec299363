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
 *
 * <p>An argument that is a collection (the municipalities a rule names) is written as the reader's
 * language lists things: "平内町、今別町", "Hiranai, Imabetsu".
 */
public final class Messages {

  public static final String BUNDLE = "jp.renkei.portal.i18n.messages";

  /**
   * Each language's bundle, looked up once: {@code ResourceBundle.getBundle} builds a cache key and
   * walks the candidate locales on every call, which pages that write many labels from code (a
   * vision's sections) paid for on every line.
   */
  private static final java.util.Map<Language, ResourceBundle> BUNDLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Each language's patterns, parsed once: parsing a pattern costs more than formatting it. */
  private static final java.util.Map<Language, java.util.Map<String, MessageFormat>> FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Messages() {}

  private static ResourceBundle bundle(Language language) {
    return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, l.locale()));
  }

  public static String text(Locale locale, String key, Object... given) {
    Language language = Language.byTag(locale.getLanguage()).orElse(Language.JA);
    try {
      String pattern = bundle(language).getString(key);
      if (given.length == 0) {
        return pattern;
      }
      Object[] arguments = listed(language, given);
      if (!language.locale().equals(locale)) {
        return new MessageFormat(pattern, locale).format(arguments);
      }
      MessageFormat parsed =
          FORMATS
              .computeIfAbsent(language, l -> new java.util.concurrent.ConcurrentHashMap<>())
              .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
      // A MessageFormat is not safe to share while formatting; a copy of a parsed one is cheap.
      return ((MessageFormat) parsed.clone()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The arguments with each collection written as a list; the same array when there is none. */
  private static Object[] listed(Language language, Object[] arguments) {
    Object[] written = arguments;
    for (int i = 0; i < written.length; i++) {
      if (written[i] instanceof java.util.Collection<?> items) {
        if (written == arguments) {
          written = arguments.clone();
        }
        written[i] =
            items.stream()
                .map(String::valueOf)
                .collect(
                    java.util.stream.Collectors.joining(
                        bundle(language).getString("portal.list.separator")));
      }
    }
    return written;
  }
}
