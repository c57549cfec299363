package jp.renkei.portal.inbox.boundary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import jp.renkei.portal.platform.i18n.Messages;

/**
 * One thing that awaits a person: what, by when, and where to do it. Worded in both languages when
 * it is made — inside the circle it belongs to — so the inbox can keep it and show it later.
 *
 * <pre>{@code
 * Action.of("inbox.action.answer-slots", "consultations/12", firstSlotDay, title);
 * }</pre>
 *
 * @param kind the bundle key that says what to do ({@code inbox.action.answer-slots})
 * @param titleJa the item in Japanese
 * @param titleEn the item in English
 * @param link the place to act, relative to the circle
 * @param deadline by when, or null when nothing says so
 */
public record Action(String kind, String titleJa, String titleEn, String link, LocalDate deadline) {

  /** An action worded by the bundle key {@code kind}, filled with these arguments. */
  public static Action of(String kind, String link, LocalDate deadline, Object... arguments) {
    return worded(kind, link, deadline, locale -> arguments);
  }

  /** An action whose wording needs the reader's language for its arguments (names). */
  public static Action worded(
      String kind, String link, LocalDate deadline, Function<Locale, Object[]> arguments) {
    return new Action(
        kind,
        Messages.text(Locale.JAPANESE, kind, arguments.apply(Locale.JAPANESE)),
        Messages.text(Locale.ENGLISH, kind, arguments.apply(Locale.ENGLISH)),
        link,
        deadline);
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleJa;
  }
}
